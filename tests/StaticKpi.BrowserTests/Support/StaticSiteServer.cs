using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace StaticKpi.BrowserTests.Support;

/// <summary>
/// Serves a built site's folder on 127.0.0.1 and a free port, as a static host would: files as they are,
/// a folder as its index.html, and 404.html with status 404 for an address that does not exist. The site is
/// served both at the root and at the path of its base_url (/performance/), where the 404 page's links point.
/// </summary>
public sealed class StaticSiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StaticSiteServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    /// <summary>The site root, ending in a slash.</summary>
    public Uri BaseAddress { get; }

    public static async Task<StaticSiteServer> StartAsync(string folder, string sitePath = "/")
    {
        var url = $"http://127.0.0.1:{FreePort()}";
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = ["--urls", url],
            ContentRootPath = folder,
        });
        builder.Logging.ClearProviders();

        var app = builder.Build();
        var files = new PhysicalFileProvider(folder);
        if (sitePath != "/")
        {
            var prefix = sitePath.TrimEnd('/');
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files, RequestPath = prefix });
            app.UseStaticFiles(new StaticFileOptions { FileProvider = files, RequestPath = prefix });
        }

        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        app.Run(async context =>
        {
            context.Response.StatusCode = 404;
            var notFound = Path.Combine(folder, "404.html");
            if (File.Exists(notFound))
            {
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.SendFileAsync(notFound);
            }
        });
        await app.StartAsync();
        return new StaticSiteServer(app, new Uri(url + "/"));
    }

    public string Url(SitePage page) => new Uri(BaseAddress, page.UrlPath).ToString();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
