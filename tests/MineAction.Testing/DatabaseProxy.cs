using System.Net.Sockets;

namespace MineAction.Testing;

/// <summary>
/// A TCP relay between an app and the test PostgreSQL server, to take "the database" away from that one app without disturbing the other
/// test classes that share the server: <see cref="Cut"/> resets every open connection and refuses new ones (what an app sees while PostgreSQL
/// restarts), <see cref="Restore"/> listens again on the same port.
/// </summary>
public sealed class DatabaseProxy : IAsyncDisposable
{
    private readonly IPEndPoint _server;
    private readonly List<Socket> _open = [];
    private TcpListener? _listener;

    private DatabaseProxy(IPEndPoint server, int port)
    {
        _server = server;
        Port = port;
    }

    public int Port { get; }

    /// <summary>Starts relaying a free loopback port to the server of <paramref name="connectionString"/>.</summary>
    public static DatabaseProxy Start(string connectionString)
    {
        var target = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        var server = new IPEndPoint(Dns.GetHostAddresses(target.Host!)[0], target.Port);
        var proxy = new DatabaseProxy(server, AppProcess.FreePort());
        proxy.Restore();
        return proxy;
    }

    /// <summary><paramref name="connectionString"/> pointed at this relay instead of the server.</summary>
    public string Through(string connectionString) =>
        new Npgsql.NpgsqlConnectionStringBuilder(connectionString) { Host = "127.0.0.1", Port = Port }.ConnectionString;

    /// <summary>Refuses new connections and resets the open ones.</summary>
    public void Cut()
    {
        _listener?.Stop();
        _listener = null;
        lock (_open)
        {
            foreach (var socket in _open)
            {
                socket.Close(0);
            }

            _open.Clear();
        }
    }

    public void Restore()
    {
        var listener = new TcpListener(IPAddress.Loopback, Port);
        listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        listener.Start();
        _listener = listener;
        _ = AcceptAsync(listener);
    }

    public ValueTask DisposeAsync()
    {
        Cut();
        return ValueTask.CompletedTask;
    }

    private async Task AcceptAsync(TcpListener listener)
    {
        while (true)
        {
            Socket client;
            try
            {
                client = await listener.AcceptSocketAsync();
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException or InvalidOperationException)
            {
                return; // cut
            }

            _ = RelayAsync(client);
        }
    }

    private async Task RelayAsync(Socket client)
    {
        var server = new Socket(SocketType.Stream, ProtocolType.Tcp);
        try
        {
            await server.ConnectAsync(_server);
        }
        catch (SocketException)
        {
            client.Close(0);
            server.Dispose();
            return;
        }

        lock (_open)
        {
            _open.Add(client);
            _open.Add(server);
        }

        await Task.WhenAny(PumpAsync(client, server), PumpAsync(server, client));
        lock (_open)
        {
            _open.Remove(client);
            _open.Remove(server);
        }

        client.Close(0);
        server.Close(0);
    }

    private static async Task PumpAsync(Socket from, Socket to)
    {
        var buffer = new byte[16384];
        try
        {
            int read;
            while ((read = await from.ReceiveAsync(buffer)) > 0)
            {
                await to.SendAsync(buffer.AsMemory(0, read));
            }
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            // the other side or Cut closed it
        }
    }
}
