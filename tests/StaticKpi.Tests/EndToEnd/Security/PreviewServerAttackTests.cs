using System.Net;
using System.Net.Sockets;
using System.Text;
using StaticKpi.Cli.Serve;

namespace StaticKpi.Tests.EndToEnd.Security;

/// <summary>One preview of the minimal site, started once for the attacks on it (they only read).</summary>
public sealed class ServedMinimalSite : IAsyncLifetime
{
    private readonly TempSite _site = TempSite.FromMinimal();

    public PreviewServer Server { get; private set; } = null!;

    public int Port => Server.Address.Port;

    public async Task InitializeAsync() =>
        Server = await PreviewServer.StartAsync(new ServeOptions(_site.Source, OutputDirectory: Path.Combine(_site.Root, "serve")));

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        _site.Dispose();
    }
}

/// <summary>
/// Issue 12, finding 11: the preview server's redirects stay on the site, and it answers only requests addressed to
/// it as loopback (127.0.0.1, localhost, [::1] with its port), so a DNS-rebinding page cannot read the preview.
/// </summary>
public sealed class PreviewServerAttackTests(ServedMinimalSite served) : IClassFixture<ServedMinimalSite>
{
    private const string Folder = "2024-25-q3/finance";

    /// <summary>
    /// Request targets as they go on the wire (sent over a socket: HttpClient's Uri would turn <c>\</c> into
    /// <c>/</c> and tidy the rest), and the exact answer: a redirect to a path on this site, or not found.
    /// </summary>
    [Theory]
    [InlineData("/" + Folder, 302, "/" + Folder + "/")]
    [InlineData("//" + Folder, 302, "/" + Folder + "/")]
    [InlineData("///" + Folder, 302, "/" + Folder + "/")]
    [InlineData("/2024-25-q3//finance", 302, "/" + Folder + "/")]
    [InlineData("//" + Folder + "?q=1", 302, "/" + Folder + "/?q=1")]
    [InlineData("/2024-25-q3/..//" + Folder, 302, "/" + Folder + "/")]
    [InlineData("/%2E%2E//" + Folder, 302, "/" + Folder + "/")]
    [InlineData("/./%2e/" + Folder, 302, "/" + Folder + "/")]
    [InlineData("//evil.example", 404, null)]
    [InlineData("/\\evil.example", 404, null)]
    [InlineData("/\\" + Folder, 404, null)]
    [InlineData("/%5C" + Folder, 404, null)]
    [InlineData("/%5Cevil.example", 404, null)]
    [InlineData("/%2F%2Fevil.example", 404, null)]
    [InlineData("/%2F" + Folder, 404, null)]
    [InlineData("/%2F%2F" + Folder, 404, null)]
    public async Task A_folder_redirect_always_stays_on_the_site(string target, int status, string? location)
    {
        var response = await RawHttp.GetAsync(served.Port, target, $"127.0.0.1:{served.Port}");

        Assert.Equal((status, location), (response.Status, response.Header("Location")));
    }

    [Theory]
    [InlineData("127.0.0.1:{port}")]
    [InlineData("localhost:{port}")]
    [InlineData("LocalHost:{port}")]
    [InlineData("[::1]:{port}")]
    public async Task A_loopback_host_with_the_servers_port_is_served(string host)
    {
        using var response = await SendAsync(HttpMethod.Get, "", host.Replace("{port}", served.Port.ToString(), StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("evil.example:{port}")]
    [InlineData("evil.example")]
    [InlineData("127.0.0.1")]
    [InlineData("localhost")]
    [InlineData("127.0.0.1:{other}")]
    [InlineData("localhost:{other}")]
    [InlineData("localhost.:{port}")]
    [InlineData("127.0.0.1.nip.io:{port}")]
    [InlineData("localhost.evil.example:{port}")]
    [InlineData("127.1:{port}")]
    [InlineData("0.0.0.0:{port}")]
    [InlineData("[::ffff:127.0.0.1]:{port}")]
    public async Task Any_other_host_is_refused_with_403_and_a_plain_body(string host)
    {
        foreach (var path in new[] { "", "2024-25-q3/finance/", "2024-25-q3", "__statickpi/reload.js", "__statickpi/events", "no-such-page" })
        {
            using var response = await SendAsync(HttpMethod.Get, path, Host(host));

            Assert.Equal((HttpStatusCode.Forbidden, "text/plain", null),
                (response.StatusCode, response.Content.Headers.ContentType?.MediaType, response.Headers.Location));
            Assert.Equal($"The StaticKpi preview answers only http://127.0.0.1:{served.Port}/ and http://localhost:{served.Port}/.\n",
                await response.Content.ReadAsStringAsync());
        }

        using var post = await SendAsync(HttpMethod.Post, "", Host(host));
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
    }

    [Fact]
    public async Task The_event_stream_is_not_opened_for_another_host()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(served.Server.Address, "__statickpi/events"));
        request.Headers.Host = $"evil.example:{served.Port}";
        using var client = new HttpClient();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        // A stream that was opened would never end; a refusal is a whole response.
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token);

        Assert.Equal((HttpStatusCode.Forbidden, "text/plain"), (response.StatusCode, response.Content.Headers.ContentType?.MediaType));
    }

    private string Host(string pattern) => pattern
        .Replace("{port}", served.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{other}", (served.Port == 65535 ? 1 : served.Port + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            StringComparison.Ordinal);

    /// <summary>A request through HttpClient with the Host header set as a rebinding browser would send it.</summary>
    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string host)
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(method, new Uri(served.Server.Address, path));
        request.Headers.Host = host;
        return await client.SendAsync(request);
    }
}

/// <summary>An HTTP/1.1 request written byte for byte to a socket, for request targets HttpClient would rewrite.</summary>
internal static class RawHttp
{
    public static async Task<RawResponse> GetAsync(int port, string target, string host)
    {
        using var socket = new TcpClient();
        await socket.ConnectAsync(IPAddress.Loopback, port);
        var stream = socket.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {target} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var text = await reader.ReadToEndAsync(timeout.Token);
        var head = text[..text.IndexOf("\r\n\r\n", StringComparison.Ordinal)].Split("\r\n");
        var headers = head.Skip(1).Select(h => h.Split(": ", 2)).ToDictionary(h => h[0], h => h[1], StringComparer.OrdinalIgnoreCase);
        return new RawResponse(int.Parse(head[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture), headers);
    }
}

internal sealed record RawResponse(int Status, IReadOnlyDictionary<string, string> Headers)
{
    public string? Header(string name) => Headers.GetValueOrDefault(name);
}
