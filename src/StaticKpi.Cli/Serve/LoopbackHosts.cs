using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace StaticKpi.Cli.Serve;

/// <summary>
/// The <c>Host</c> headers the preview answers: <c>127.0.0.1</c>, <c>localhost</c> and <c>[::1]</c> with the
/// port it listens on, nothing else. Listening on loopback alone does not stop DNS rebinding: a page on
/// evil.example can point that name at 127.0.0.1 and then read the unpublished preview as its own origin, but its
/// requests still say <c>Host: evil.example:PORT</c>. Compared as whole strings (host names ignoring case), so no
/// parsing of user info, trailing dots or other ports can let one through. Without a port the host means port 80.
/// </summary>
public sealed class LoopbackHosts
{
    private static readonly string[] Names = ["127.0.0.1", "localhost", "[::1]"];
    private readonly int _port;
    private readonly HashSet<string> _allowed = new(StringComparer.OrdinalIgnoreCase);

    public LoopbackHosts(int port)
    {
        _port = port;
        foreach (var name in Names)
        {
            _allowed.Add(string.Create(CultureInfo.InvariantCulture, $"{name}:{port}"));
            if (port == 80)
            {
                _allowed.Add(name);
            }
        }
    }

    /// <summary>True when <paramref name="host"/> (the request's Host header) names this server on loopback.</summary>
    public bool Allows(HostString host) => host.HasValue && _allowed.Contains(host.Value);

    /// <summary>The addresses to use instead, for the refusal's message.</summary>
    public string Describe() => string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{_port}/ and http://localhost:{_port}/");
}
