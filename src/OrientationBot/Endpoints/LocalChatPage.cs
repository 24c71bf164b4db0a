namespace OrientationBot.Endpoints;

/// <summary>
/// The local chat page: posts what Teams would post (brief §8.1, §8.4, §8.5) to /api/messages and shows the replies.
/// Cards are drawn with Microsoft's renderer when it is installed; otherwise as their fallback text, their buttons and
/// their JSON. One page, no build step, no CDN.
/// </summary>
internal static class LocalChatPage
{
    public const string Html = """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>OrientationBot – local chat</title>
        <style>
          body { font: 15px system-ui, sans-serif; margin: 0; background: #f5f5f5; }
          header { background: #464775; color: #fff; padding: .6em 1em; }
          header small { opacity: .8; }
          #log { max-width: 46em; margin: 0 auto; padding: 1em; padding-bottom: 5em; }
          .user { text-align: right; margin: .5em 0; }
          .user span { background: #e2e2f6; padding: .4em .8em; border-radius: 1em; display: inline-block; }
          .bot { background: #fff; border: 1px solid #ddd; border-radius: .5em; padding: .6em; margin: .5em 0; }
          .bot pre { white-space: pre-wrap; font-size: 12px; background: #fafafa; max-height: 20em; overflow: auto; }
          .bot button { margin: .2em; }
          form { position: fixed; bottom: 0; left: 0; right: 0; background: #fff; border-top: 1px solid #ddd; padding: .6em; display: flex; gap: .5em; justify-content: center; }
          form input { width: 36em; font: inherit; padding: .4em; }
        </style>
        </head>
        <body>
        <header><b>OrientationBot</b> <small>local chat: authentication is off, nothing goes to Teams</small></header>
        <div id="log"></div>
        <form id="ask"><input id="text" autocomplete="off" placeholder="Ask about a unit, or type help" autofocus><button>Send</button></form>
        <script src="/local/adaptivecards.js"></script>
        <script>
        "use strict";
        const conversationId = sessionStorage.conversationId ??= "a:local-" + crypto.randomUUID();
        const log = document.getElementById("log");
        const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
        let next = 0, sent = 0;

        function activity(fields) {
          return Object.assign({
            id: "local-in-" + (++sent), timestamp: new Date().toISOString(), localTimezone: zone,
            serviceUrl: location.origin + "/local/", channelId: "msteams",
            from: { id: "29:local-user", name: "You" }, recipient: { id: "28:local-bot", name: "OrientationBot" },
            conversation: { conversationType: "personal", tenantId: "local-tenant", id: conversationId },
            entities: [{ type: "clientInfo", locale: navigator.language, timezone: zone }],
            channelData: { tenant: { id: "local-tenant" } }, locale: navigator.language
          }, fields);
        }

        async function post(body) {
          const response = await fetch("/api/messages", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
          if (!response.ok) show(`The bot answered HTTP ${response.status}.`);
          await refresh();
        }

        async function refresh() {
          const response = await fetch(`/local/conversations/${encodeURIComponent(conversationId)}/activities?after=${next}`);
          const transcript = await response.json();
          next = transcript.next;
          for (const a of transcript.activities) render(a);
        }

        function submit(data) { return post(activity({ type: "message", value: data })); }

        function render(a) {
          if (a.text) show(a.text);
          for (const attachment of a.attachments ?? []) {
            const box = document.createElement("div");
            box.className = "bot";
            box.appendChild(window.AdaptiveCards ? renderCard(attachment.content) : plainCard(a, attachment.content));
            log.appendChild(box);
          }
          window.scrollTo(0, document.body.scrollHeight);
        }

        // The markdown the cards use (brief §5): bold and links; the text is escaped first.
        if (window.AdaptiveCards) AdaptiveCards.AdaptiveCard.onProcessMarkdown = (text, result) => {
          const escaped = text.replace(/[&<>"]/g, c => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
          result.outputHtml = escaped.replace(/\*\*(.+?)\*\*/g, "<b>$1</b>")
            .replace(/\[([^\]]+)\]\((https?:[^)\s]+)\)/g, '<a href="$2" target="_blank" rel="noopener">$1</a>');
          result.didProcess = true;
        };

        function renderCard(json) {
          const card = new AdaptiveCards.AdaptiveCard();
          card.onExecuteAction = action => {
            if (action instanceof AdaptiveCards.OpenUrlAction) window.open(action.url, "_blank", "noopener");
            else if (action instanceof AdaptiveCards.SubmitAction) submit(action.data);
          };
          card.parse(json);
          return card.render();
        }

        // Without the renderer: the summary, a button per Action.Submit, and the card JSON to inspect.
        function plainCard(a, json) {
          const part = document.createElement("div");
          part.innerHTML = "<p></p><div></div><details><summary>card JSON</summary><pre></pre></details>";
          part.querySelector("p").textContent = a.summary ?? "(card)";
          part.querySelector("pre").textContent = JSON.stringify(json, null, 2);
          (function walk(node) {
            if (Array.isArray(node)) return node.forEach(walk);
            if (!node || typeof node !== "object") return;
            if (node.type === "Action.Submit") {
              const button = document.createElement("button");
              button.textContent = node.title;
              button.onclick = () => submit(node.data);
              part.querySelector("div").appendChild(button);
            }
            Object.values(node).forEach(walk);
          })(json);
          return part;
        }

        function show(text, mine) {
          const line = document.createElement("div");
          line.className = mine ? "user" : "bot";
          const span = document.createElement("span");
          span.textContent = text;
          line.appendChild(span);
          log.appendChild(line);
        }

        document.getElementById("ask").onsubmit = event => {
          event.preventDefault();
          const input = document.getElementById("text");
          if (!input.value.trim()) return;
          show(input.value, true);
          post(activity({ type: "message", text: input.value, textFormat: "plain" }));
          input.value = "";
        };

        // As on install in Teams (brief §8.4): the bot welcomes a new conversation once.
        refresh().then(() => next === 0 && post(activity({ type: "installationUpdate", action: "add" })));
        </script>
        </body>
        </html>
        """;
}
