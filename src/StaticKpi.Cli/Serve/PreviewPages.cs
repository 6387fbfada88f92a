using System.Net;
using System.Text;
using StaticKpi.Diagnostics;

namespace StaticKpi.Cli.Serve;

/// <summary>
/// The HTML that only the preview serves: the reload script, the tag that loads it (added to every HTML response,
/// never to the built files), the page shown while the site cannot be built, and the not-found page.
/// </summary>
public static class PreviewPages
{
    public const string ReloadScriptPath = "/__statickpi/reload.js";
    public const string EventsPath = "/__statickpi/events";

    /// <summary>
    /// Listens for the server's events and reloads the page when the site was rebuilt: on a <c>reload</c> event, or
    /// when (re)connecting shows that the build this page came from is no longer the current one. An external
    /// script from the same origin, so the site's <c>script-src 'self'</c> policy allows it.
    /// </summary>
    public const string ReloadScript = """
        // Added by 'statickpi serve' to the pages it serves (not to the built site): reloads when the site is rebuilt.
        (function () {
          "use strict";
          var script = document.currentScript;
          var version = script ? script.getAttribute("data-version") : null;
          var events = new EventSource("/__statickpi/events");
          events.addEventListener("hello", function (event) {
            if (version !== null && event.data !== version) {
              window.location.reload();
            }
          });
          events.addEventListener("reload", function () {
            window.location.reload();
          });
        })();

        """;

    public static string ScriptTag(string version) =>
        $"<script src=\"{ReloadScriptPath}\" data-version=\"{WebUtility.HtmlEncode(version)}\" defer></script>";

    /// <summary>Adds the reload script at the end of the head (or of the page, when it has no head).</summary>
    public static string InjectReloadScript(string html, string version)
    {
        var tag = ScriptTag(version);
        var head = html.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        if (head >= 0)
        {
            return string.Concat(html.AsSpan(0, head), tag, "\n", html.AsSpan(head));
        }

        var body = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return body >= 0 ? string.Concat(html.AsSpan(0, body), tag, "\n", html.AsSpan(body)) : html + tag + "\n";
    }

    /// <summary>Lists every problem that stopped the build, with its file, line and column.</summary>
    public static string BuildFailed(IReadOnlyList<Diagnostic> diagnostics, string version)
    {
        var errors = diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        var items = new StringBuilder();
        foreach (var diagnostic in diagnostics.OrderByDescending(d => d.Severity))
        {
            var level = diagnostic.Severity == Severity.Error ? "error" : "warning";
            items.Append("<li><code>").Append(Encode(diagnostic.Location.ToString())).Append("</code>: ")
                .Append(level).Append(' ').Append(Encode(diagnostic.RuleId)).Append(": ")
                .Append(Encode(diagnostic.Message));
            if (diagnostic.Fix is not null)
            {
                items.Append(' ').Append(Encode(diagnostic.Fix));
            }

            items.Append("</li>\n");
        }

        var count = errors.Count == 1 ? "1 error" : $"{errors.Count} errors";
        return Page(
            "The site could not be built",
            $"""
            <p>StaticKpi found {count} in the site's files. Fix them and save: this page reloads by itself when the site builds again.</p>
            <h2>Problems</h2>
            <ul>
            {items}</ul>
            """,
            version);
    }

    public static string NotFound(string path, string version) => Page(
        "Page not found",
        $"""
        <p>The built site has no page at <code>{Encode(path)}</code>.</p>
        <p><a href="/">Go to the home page</a></p>
        """,
        version);

    private static string Page(string heading, string body, string version) => $"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{heading} - StaticKpi preview</title>
        <style>
        body{"{"}font-family:system-ui,sans-serif;line-height:1.5;max-width:60rem;margin:0 auto;padding:1rem;color:#1b1b1b;background:#fff{"}"}
        code{"{"}font-weight:bold{"}"}li{"{"}margin-bottom:.75rem{"}"}
        </style>
        {ScriptTag(version)}
        </head>
        <body>
        <main>
        <h1>{heading}</h1>
        {body}
        </main>
        </body>
        </html>

        """;

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
