using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Playwright;
using MineAction.Testing;

namespace MineAction.Ui.Tests.EndToEnd;

/// <summary>
/// The real application on a Kestrel port plus headless Debian Chromium driven by Playwright
/// (no browser download: /usr/bin/chromium, or MINEACTION_CHROMIUM).
/// </summary>
public sealed class BrowserApp : MineActionApp, IAsyncLifetime
{
    /// <summary>How long starting or closing the browser may take before the fixture gives up (a stuck browser fails the class, never hangs the run).</summary>
    private static readonly TimeSpan BrowserStep = TimeSpan.FromMinutes(2);

    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = string.Empty;

    public IBrowser Browser { get; private set; } = null!;

    public new async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var port = FreePort();
        UseKestrel(port);
        StartServer();
        BaseUrl = $"http://127.0.0.1:{port}";
        _playwright = await Playwright.CreateAsync().WaitAsync(BrowserStep);
        // As long as a page step may take (15 s): on the 2-core CI machine the API tests run beside the browser and a save's re-render has
        // taken more than Playwright's default 5 s to show.
        Assertions.SetDefaultExpectTimeout(15_000);
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("MINEACTION_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Timeout = (float)BrowserStep.TotalMilliseconds,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--password-store=basic"],
        });
    }

    public new async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            try
            {
                await Browser.CloseAsync().WaitAsync(BrowserStep);
            }
            catch (TimeoutException)
            {
                // Disposing Playwright below stops its driver and the browser with it.
            }
        }

        _playwright?.Dispose();
        await base.DisposeAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // Development serves the static web assets (MudBlazor's CSS/JS) straight from the build output.
        builder.UseEnvironment("Development");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
