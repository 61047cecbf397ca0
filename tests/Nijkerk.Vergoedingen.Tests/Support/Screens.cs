using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;

namespace Nijkerk.Vergoedingen.Tests.Support;

/// <summary>
/// The app on a real socket and Debian's Chromium driven by Playwright: one browser for the test run,
/// a fresh context for every user in every test.
/// </summary>
public static class Browsers
{
    public const string Chromium = "/usr/bin/chromium";

    /// <summary>
    /// How long a step waits for the element it needs. Generous, because on a loaded two-core machine a
    /// page can take seconds; a step waits for its element, never for a time.
    /// </summary>
    public const float StepTimeout = 30_000;

    /// <summary>The first page of a freshly started host, which starts Marten and Wolverine on first use.</summary>
    public const float ColdStartTimeout = 90_000;

    private static readonly Lazy<Task<IBrowser>> Shared = new(async () =>
    {
        Assertions.SetDefaultExpectTimeout(StepTimeout);
        if (!File.Exists(Chromium))
        {
            throw new InvalidOperationException($"No browser at {Chromium}: run the tests with ops/test, which installs Debian's chromium.");
        }
        var playwright = await Playwright.CreateAsync();
        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    });

    public static Task<IBrowser> BrowserAsync() => Shared.Value;

    /// <summary>axe-core's axe.min.js from the npm package, which ops/test installs.</summary>
    public static string AxeScript()
    {
        var path = Environment.GetEnvironmentVariable("LEDGER_AXE_SCRIPT");
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); path is null && dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, ".ops", "axe", "node_modules", "axe-core", "axe.min.js");
            path = File.Exists(candidate) ? candidate : null;
        }
        return path is not null && File.Exists(path)
            ? File.ReadAllText(path)
            : throw new InvalidOperationException("No axe-core: run the tests with ops/test, which installs the npm package axe-core.");
    }

    public static string ScreenshotFolder()
    {
        var folder = Environment.GetEnvironmentVariable("LEDGER_SCREENSHOTS") ?? Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        return folder;
    }
}

/// <summary>Base for browser tests: the app on Kestrel, sharing the test database and fake clock.</summary>
public abstract class ScreenTest(LedgerApp app) : LedgerTest(app)
{
    private WebApplicationFactory<Program>? _host;
    private readonly List<IBrowserContext> _contexts = [];

    protected string BaseUrl { get; private set; } = "";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _host = App.Host("Development");
        BaseUrl = Loopback.Serve(_host);
        // Wait for the host to be ready (schema applied, runtime started) before a browser asks it for a page.
        using var probe = new HttpClient { BaseAddress = new Uri(BaseUrl), Timeout = TimeSpan.FromMilliseconds(Browsers.ColdStartTimeout) };
        (await probe.GetAsync("/health/ready")).EnsureSuccessStatusCode();
    }

    /// <summary>A browser tab signed in through the development sign-in page as a demo user.</summary>
    protected async Task<IPage> SignInAs(string user, string municipality = "nijkerk")
    {
        var context = await (await Browsers.BrowserAsync()).NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, Locale = "nl-NL" });
        context.SetDefaultTimeout(Browsers.StepTimeout);
        _contexts.Add(context);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/inloggen", new() { WaitUntil = WaitUntilState.DOMContentLoaded, Timeout = Browsers.ColdStartTimeout });
        await page.SelectOptionAsync("#gemeente", municipality);
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex($"^{user} ") }).ClickAsync();
        // Not a load event, which may have fired before the wait began: the start page's address and its
        // own heading, each polled until it is there.
        await Assertions.Expect(page).ToHaveURLAsync($"{BaseUrl}/", new() { Timeout = Browsers.ColdStartTimeout });
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync(new() { Timeout = Browsers.ColdStartTimeout });
        return page;
    }

    /// <summary>
    /// Runs axe-core on the page (evaluated through the DevTools protocol, so the page's own
    /// Content-Security-Policy still forbids inline script) and asserts no serious or critical violation;
    /// saves a screenshot of the page as it was checked.
    /// </summary>
    protected async Task CheckAccessibility(IPage page, string name)
    {
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Browsers.ScreenshotFolder(), $"{name}.png"), FullPage = true });
        await page.EvaluateAsync(Browsers.AxeScript());
        var result = await page.EvaluateAsync<JsonElement>(
            "async () => { const r = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] });" +
            " return r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 3) })); }");
        var serious = result.EnumerateArray().Where(v => v.GetProperty("impact").GetString() is "serious" or "critical").ToList();
        File.AppendAllText(Path.Combine(Browsers.ScreenshotFolder(), "axe.txt"),
            $"{name}: {result.GetArrayLength()} violations, {serious.Count} serious or critical {string.Join("; ", result.EnumerateArray().Select(v => v.GetProperty("id").GetString()))}\n");
        Assert.True(serious.Count == 0, $"{name}: {string.Join("\n", serious.Select(v => v.ToString()))}");
    }

    public override async Task DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.DisposeAsync();
        }
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
        await base.DisposeAsync();
    }
}
