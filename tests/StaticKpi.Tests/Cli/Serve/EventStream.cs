using System.Collections.Concurrent;

namespace StaticKpi.Tests.Cli.Serve;

/// <summary>An open Server-Sent Events connection that records every event it receives (name and data).</summary>
public sealed class EventStream : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly HttpResponseMessage _response;
    private readonly Task _reading;

    private EventStream(HttpResponseMessage response, Stream body)
    {
        _response = response;
        _reading = Task.Run(() => ReadAsync(body));
    }

    public ConcurrentQueue<(string Name, string Data)> Events { get; } = new();

    public string? ContentType => _response.Content.Headers.ContentType?.MediaType;

    public static async Task<EventStream> OpenAsync(HttpClient client, Uri address)
    {
        var response = await client.GetAsync(new Uri(address, "__statickpi/events"), HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        return new EventStream(response, await response.Content.ReadAsStreamAsync());
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _response.Dispose();
        try
        {
            await _reading;
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException or ObjectDisposedException)
        {
        }

        _stop.Dispose();
    }

    private async Task ReadAsync(Stream body)
    {
        using var reader = new StreamReader(body);
        string? name = null;
        var data = "";
        while (await reader.ReadLineAsync(_stop.Token) is { } line)
        {
            if (line.Length == 0)
            {
                if (name is not null)
                {
                    Events.Enqueue((name, data));
                }

                (name, data) = (null, "");
            }
            else if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                name = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                data = line["data: ".Length..];
            }
        }
    }
}
