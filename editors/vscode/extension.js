// Starts `claimcheck lsp` for Markdown and plain-text files: the language
// server does the work; this file only tells VS Code how to run it.
const vscode = require("vscode");
const { LanguageClient } = require("vscode-languageclient/node");

let client;

function activate() {
  const command = vscode.workspace.getConfiguration("claimcheck").get("path") || "claimcheck";
  client = new LanguageClient(
    "claimcheck",
    "claimcheck",
    { command, args: ["lsp"] },
    {
      documentSelector: [
        { scheme: "file", language: "markdown" },
        { scheme: "file", language: "plaintext" },
      ],
    },
  );
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
