using System.Globalization;
using System.Net;
using System.Text;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using StaticKpi.Diagnostics;
using StaticKpi.Files;

namespace StaticKpi.Cli.Serve;

/// <param name="SourceDirectory">The site folder, holding site.config.yaml and content/.</param>
/// <param name="Port">The port on 127.0.0.1; 0 picks a free one.</param>
/// <param name="OutputDirectory">Where builds are written (default: a new temporary folder, deleted on stop).</param>
/// <param name="Log">Where build summaries and diagnostics are printed.</param>
public sealed record ServeOptions(string SourceDirectory, int Port = 0, string? OutputDirectory = null, TextWriter? Log = null)
{
    /// <summary>How long the watcher waits after a file event for more (an editor's save raises 1-3 within a few ms).</summary>
    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(50);

    /// <summary>
    /// Rebuild only the pages an edited commentary file shows (<see cref="IncrementalPreviewBuilder"/>); false rebuilds
    /// everything every time.
    /// </summary>
    public bool Incremental { get; init; } = true;

    /// <summary>Where the details of a rebuild that fails by StaticKpi's own fault are written (tests use their own folder).</summary>
    internal CrashReport CrashReports { get; init; } = CrashReport.InTempFolder;
}

/// <summary>
/// <c>statickpi serve</c> in-process: builds the site, serves it on 127.0.0.1 with Kestrel, rebuilds when
/// site.config.yaml, content/ or themes/ change, and tells open pages to reload. While the site cannot be built,
/// every HTML request gets a page listing the errors instead, until a fix builds again. It answers only requests
/// addressed to it as loopback (<see cref="LoopbackHosts"/>), and its redirects never leave the site.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);

    private readonly ServeOptions _options;
    private readonly TextWriter _log;
    private readonly IPreviewBuilder _builder;
    private readonly ReloadBroadcaster _clients = new();
    private readonly Channel<IReadOnlyCollection<string>> _changes = Channel.CreateUnbounded<IReadOnlyCollection<string>>();
    private readonly CancellationTokenSource _stopping = new();
    private readonly string _instance = Guid.NewGuid().ToString("N")[..8];
    private readonly WebApplication _app;
    private SourceWatcher? _watcher;
    private Task _buildLoop = Task.CompletedTask;
    private volatile PreviewState _state;
    private volatile LoopbackHosts? _hosts;
    private int _builds;
    private int _stopped;

    private PreviewServer(ServeOptions options, IPreviewBuilder builder)
    {
        _options = options;
        _log = TextWriter.Synchronized(options.Log ?? TextWriter.Null);
        _builder = builder;
        _state = new PreviewState($"{_instance}-0", null, []);
        // A fixed port is known now, so a page reconnecting to a restarted preview is answered from the first request.
        _hosts = options.Port == 0 ? null : new LoopbackHosts(options.Port);

        var web = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = "statickpi-serve" });
        web.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.Port));
        _app = web.Build();
        _app.Run(HandleAsync);
    }

    /// <summary>The address the server listens on, such as <c>http://127.0.0.1:5123/</c>.</summary>
    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    /// <summary>What is being served now: the latest good build and the latest build's diagnostics.</summary>
    public PreviewState State => _state;

    /// <summary>How many builds have finished, the first included.</summary>
    public int Builds => Volatile.Read(ref _builds);

    /// <summary>Builds the site once, then starts serving and watching. Throws <see cref="IOException"/> when the port is taken.</summary>
    public static Task<PreviewServer> StartAsync(ServeOptions options, CancellationToken cancellationToken = default) =>
        StartAsync(options, (source, output) => options.Incremental
                ? new IncrementalPreviewBuilder(source, output)
                : new FullPreviewBuilder(source, output),
            cancellationToken);

    /// <param name="createBuilder">Makes the builder from the full site folder and the output folder (tests pass one that fails).</param>
    internal static async Task<PreviewServer> StartAsync(ServeOptions options, Func<string, string, IPreviewBuilder> createBuilder,
        CancellationToken cancellationToken = default)
    {
        var source = Path.GetFullPath(options.SourceDirectory);
        var output = options.OutputDirectory ?? Path.Combine(Path.GetTempPath(), "statickpi-serve", Guid.NewGuid().ToString("N"));
        var server = new PreviewServer(options with { SourceDirectory = source }, createBuilder(source, output));
        try
        {
            server.Rebuild([]);
            await server._app.StartAsync(cancellationToken);
            var addresses = server._app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
            server.Address = new Uri(addresses.Addresses.First().TrimEnd('/') + "/");
            server._hosts = new LoopbackHosts(server.Address.Port);
            server._watcher = new SourceWatcher(source, options.Debounce, changes => server._changes.Writer.TryWrite(changes));
            server._buildLoop = Task.Run(server.BuildLoopAsync, CancellationToken.None);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>Stops watching, ends open event streams and stops the server; safe to call more than once.</summary>
    public async Task StopAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
        {
            return;
        }

        _watcher?.Dispose();
        _changes.Writer.TryComplete();
        await _stopping.CancelAsync();
        _clients.CompleteAll();
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _app.StopAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            // Connections still open after the timeout are closed with the server.
        }

        await _buildLoop;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
        _builder.Dispose();
    }

    private async Task BuildLoopAsync()
    {
        try
        {
            await foreach (var batch in _changes.Reader.ReadAllAsync(_stopping.Token))
            {
                // Changes that arrived during the last build are built together.
                var changed = new HashSet<string>(batch, StringComparer.Ordinal);
                while (_changes.Reader.TryRead(out var more))
                {
                    changed.UnionWith(more);
                }

                try
                {
                    // A file's name is content too: a name holding an escape code is printed escaped.
                    var names = TerminalText.Escape(string.Join(", ", changed.Order(StringComparer.Ordinal).Take(5)));
                    _log.WriteLine($"Changed: {names}{(changed.Count > 5 ? ", …" : "")}");
                    Rebuild(changed);
                }
                catch (Exception ex)
                {
                    // Whatever fails around a rebuild must not end this loop, or the preview would stop following edits.
                    ReportInternalError(ex, "rebuilding the preview");
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    /// <summary>Tells the editor in plain words, and writes the details to a crash report; never throws.</summary>
    private void ReportInternalError(Exception exception, string during)
    {
        var report = _options.CrashReports.Write(exception, during);
        try
        {
            _log.WriteLine(InternalErrorMessage);
            _log.WriteLine(CrashReport.WhereTheDetailsAre(report));
        }
        catch (Exception)
        {
            // The log itself failed (the terminal closed, or it was what threw); the report is still written.
        }
    }

    /// <summary>What the preview says (in the log and on the error page) when a rebuild fails by StaticKpi's fault.</summary>
    internal const string InternalErrorMessage =
        "StaticKpi hit an internal error while building the preview. This is a bug in StaticKpi, not a problem in your files, which were left as " +
        "they were.";

    private void Rebuild(IReadOnlyCollection<string> changed)
    {
        PreviewBuildResult build;
        try
        {
            build = _builder.Build(changed);
        }
        catch (Exception ex)
        {
            // A bug in a build must not stop the preview; show it like any other problem, without its internal text
            // (the error page and the log say what happened, the crash report has the details).
            var report = _options.CrashReports.Write(ex, changed.Count == 0 ? "the preview's first build"
                : "rebuilding the preview after changes to " + string.Join(", ", changed));
            var diagnostic = new Diagnostic(Severity.Error, RuleIds.FileError, SourceLocation.FileOnly(_options.SourceDirectory),
                InternalErrorMessage, $"Save a file to try again. {CrashReport.WhereTheDetailsAre(report)}");
            build = new PreviewBuildResult(null, new Build.BuildResult([diagnostic], 0, 0, new Dictionary<Model.Rating, int>(), TimeSpan.Zero));
        }

        var count = Interlocked.Increment(ref _builds);
        var version = $"{_instance}-{count}";
        var result = build.Result;
        _state = new PreviewState(version, build.SiteDirectory ?? _state.SiteDirectory, result.Diagnostics);

        DiagnosticPrinter.Print(result.Diagnostics, _log);
        var seconds = result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        _log.WriteLine(!result.Succeeded ? "The site could not be built; the browser shows the errors until they are fixed."
            : result.Incremental ? $"Rebuilt {result.PagesWritten} {(result.PagesWritten == 1 ? "page" : "pages")} in {seconds} s " +
                $"({result.FilesWritten} {(result.FilesWritten == 1 ? "file" : "files")} changed)."
            : $"Built {result.PagesWritten} pages in {seconds} s.");
        _clients.Send("reload", version);
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        var hosts = _hosts;
        if (hosts is null || !hosts.Allows(request.Host))
        {
            // DNS rebinding: a page from evil.example whose name now points at 127.0.0.1 sends Host: evil.example.
            // Answering it would let that page read the unpublished preview, so nothing is served, the event stream
            // and the reload script included.
            await WriteTextAsync(context, StatusCodes.Status403Forbidden, "text/plain; charset=utf-8",
                hosts is null ? "The preview is starting.\n" : $"The StaticKpi preview answers only {hosts.Describe()}.\n");
            return;
        }

        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = "GET, HEAD";
            return;
        }

        var path = request.Path.Value ?? "/";
        if (path == PreviewPages.ReloadScriptPath)
        {
            await WriteTextAsync(context, StatusCodes.Status200OK, "text/javascript; charset=utf-8", PreviewPages.ReloadScript);
            return;
        }

        if (path == PreviewPages.EventsPath)
        {
            await StreamEventsAsync(context);
            return;
        }

        var state = _state;
        if (state.Failed && WantsHtml(request, path))
        {
            await WriteTextAsync(context, StatusCodes.Status500InternalServerError, "text/html; charset=utf-8",
                PreviewPages.BuildFailed(state.Diagnostics, state.Version));
            return;
        }

        var file = state.SiteDirectory is null ? null : Resolve(state.SiteDirectory, path);
        if (file is { IsDirectory: true })
        {
            // Relative links in the site need the trailing slash.
            response.StatusCode = StatusCodes.Status302Found;
            response.Headers.Location = SiteRedirect.ToFolder(state.SiteDirectory!, file.Path, request.QueryString);
            return;
        }

        if (file is null)
        {
            await WriteTextAsync(context, StatusCodes.Status404NotFound, "text/html; charset=utf-8", PreviewPages.NotFound(path, state.Version));
            return;
        }

        await ServeFileAsync(context, file.Path, state.Version);
    }

    private static async Task ServeFileAsync(HttpContext context, string path, string version)
    {
        try
        {
            if (path.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
            {
                var html = await File.ReadAllTextAsync(path, context.RequestAborted);
                await WriteTextAsync(context, StatusCodes.Status200OK, "text/html; charset=utf-8", PreviewPages.InjectReloadScript(html, version));
                return;
            }

            var bytes = await File.ReadAllBytesAsync(path, context.RequestAborted);
            context.Response.StatusCode = StatusCodes.Status200OK;
            context.Response.ContentType = ContentTypes.TryGetContentType(path, out var type) ? type : "application/octet-stream";
            context.Response.ContentLength = bytes.Length;
            if (!HttpMethods.IsHead(context.Request.Method))
            {
                await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
            }
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            // Removed by a rebuild between finding and reading it.
            await WriteTextAsync(context, StatusCodes.Status404NotFound, "text/html; charset=utf-8",
                PreviewPages.NotFound(context.Request.Path, version));
        }
    }

    private async Task StreamEventsAsync(HttpContext context)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        var client = _clients.Subscribe();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
        try
        {
            await response.WriteAsync($"retry: 1000\nevent: hello\ndata: {_state.Version}\n\n", stop.Token);
            await response.Body.FlushAsync(stop.Token);
            while (true)
            {
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(stop.Token);
                wait.CancelAfter(KeepAlive);
                bool more;
                try
                {
                    more = await client.Reader.WaitToReadAsync(wait.Token);
                }
                catch (OperationCanceledException) when (!stop.IsCancellationRequested)
                {
                    await response.WriteAsync(": keep-alive\n\n", stop.Token);
                    await response.Body.FlushAsync(stop.Token);
                    continue;
                }

                if (!more)
                {
                    break;
                }

                while (client.Reader.TryRead(out var message))
                {
                    await response.WriteAsync(message, stop.Token);
                }

                await response.Body.FlushAsync(stop.Token);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException)
        {
            // The page was closed or the server is stopping.
        }
        finally
        {
            _clients.Unsubscribe(client);
        }
    }

    private static async Task WriteTextAsync(HttpContext context, int status, string contentType, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        context.Response.ContentLength = bytes.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
        }
    }

    /// <summary>Pages, folders and anything a browser asks for as a page get the error page while the build is broken.</summary>
    private static bool WantsHtml(HttpRequest request, string path) =>
        path.EndsWith('/') || path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || !Path.HasExtension(path) ||
        request.Headers.Accept.Any(a => a?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);

    /// <summary>
    /// The file for a request path inside the site folder, read as a link from the home page would be
    /// (<see cref="SiteUrl"/>); a folder means its index.html, and one asked for without its trailing slash is
    /// answered with a redirect. Nothing outside the folder is ever served.
    /// </summary>
    private static ResolvedPath? Resolve(string siteDirectory, string requestPath)
    {
        // Kestrel has already decoded the path (all but %2F) and removed its dot segments, so it is encoded again for
        // the resolver, which decodes once; leading slashes are dropped, as a request path is always from the root.
        var url = "/" + requestPath.TrimStart('/')
            .Replace("%", "%25", StringComparison.Ordinal)
            .Replace("?", "%3F", StringComparison.Ordinal)
            .Replace("#", "%23", StringComparison.Ordinal);
        var target = SiteUrl.Resolve("index.html", url);
        if (target.Kind != SiteUrlKind.InSite)
        {
            return null;
        }

        var root = Path.GetFullPath(siteDirectory);
        var full = Path.GetFullPath(Path.Combine([root, .. target.Path.Split('/', StringSplitOptions.RemoveEmptyEntries)]));
        if (full != root && !full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return null; // never expected once resolved; kept as the last guard of the folder's edge
        }

        if (Directory.Exists(full))
        {
            var index = Path.Combine(full, "index.html");
            if (!target.NamesFolder)
            {
                return File.Exists(index) ? new ResolvedPath(full, IsDirectory: true) : null;
            }

            return File.Exists(index) ? new ResolvedPath(index, IsDirectory: false) : null;
        }

        return !target.NamesFolder && File.Exists(full) ? new ResolvedPath(full, IsDirectory: false) : null;
    }

    private sealed record ResolvedPath(string Path, bool IsDirectory);
}
