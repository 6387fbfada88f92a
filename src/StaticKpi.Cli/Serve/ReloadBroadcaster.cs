using System.Threading.Channels;

namespace StaticKpi.Cli.Serve;

/// <summary>Hands each rebuild's event to every open Server-Sent Events connection.</summary>
public sealed class ReloadBroadcaster
{
    private readonly Lock _gate = new();
    private readonly List<Channel<string>> _clients = [];

    public Channel<string> Subscribe()
    {
        var channel = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
        lock (_gate)
        {
            _clients.Add(channel);
        }

        return channel;
    }

    public void Unsubscribe(Channel<string> channel)
    {
        lock (_gate)
        {
            _clients.Remove(channel);
        }
    }

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _clients.Count;
            }
        }
    }

    /// <summary>Sends <c>event: name</c> with <paramref name="data"/> (one line) to every client.</summary>
    public void Send(string name, string data)
    {
        var message = $"event: {name}\ndata: {data}\n\n";
        lock (_gate)
        {
            foreach (var client in _clients)
            {
                client.Writer.TryWrite(message);
            }
        }
    }

    /// <summary>Ends every connection (the server is stopping).</summary>
    public void CompleteAll()
    {
        lock (_gate)
        {
            foreach (var client in _clients)
            {
                client.Writer.TryComplete();
            }
        }
    }
}
