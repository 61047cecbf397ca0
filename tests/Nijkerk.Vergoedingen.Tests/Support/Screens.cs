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
    public static string AxeScript() => AxeText.Value;

    /// <summary>IBM's accessibility-checker-engine, its browser script ace.js.</summary>
    public static string AceScript() => AceText.Value;

    /// <summary>HTML_CodeSniffer's build/HTMLCS.js.</summary>
    public static string HtmlCodeSnifferScript() => HtmlCodeSnifferText.Value;

    // Read once: every page of every test evaluates them, and they are hundreds of kilobytes each.
    private static readonly Lazy<string> AxeText = new(() => File.ReadAllText(
        OpsFile("LEDGER_AXE_SCRIPT", Path.Combine("axe", "node_modules", "axe-core", "axe.min.js"), "the npm package axe-core")));

    private static readonly Lazy<string> AceText = new(() => File.ReadAllText(
        OpsFile("LEDGER_ACE_SCRIPT", Path.Combine("a11y", "node_modules", "accessibility-checker-engine", "ace.js"), "the npm package accessibility-checker-engine")));

    private static readonly Lazy<string> HtmlCodeSnifferText = new(() => File.ReadAllText(
        OpsFile("LEDGER_HTMLCS_SCRIPT", Path.Combine("a11y", "node_modules", "html_codesniffer", "build", "HTMLCS.js"), "the npm package html_codesniffer")));

    /// <summary>
    /// A file ops/test installs: the one its environment variable names, else the one under the nearest
    /// .ops/ above the test binaries (a run started from an IDE after ops/test installed it once).
    /// </summary>
    public static string OpsFile(string variable, string underOps, string package)
    {
        var path = Environment.GetEnvironmentVariable(variable);
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); string.IsNullOrEmpty(path) && dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, ".ops", underOps);
            path = File.Exists(candidate) ? candidate : null;
        }
        return !string.IsNullOrEmpty(path) && File.Exists(path)
            ? path
            : throw new InvalidOperationException($"No {package} ({variable}): run the tests with ops/test, which installs {package}.");
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
        // The HTML checker's JVM starts while the host and the browser do, not on the first page's check.
        NuHtmlChecker.Warm();
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
        Accessibility.Follow(page);
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
    /// Checks the page with axe-core, IBM's engine, HTML_CodeSniffer and the Nu Html Checker (see
    /// <see cref="Accessibility"/>) and asserts none of them finds anything against WCAG 2.1 AA or the HTML
    /// standard; saves a screenshot of the page as it was checked, and what each engine found beside it.
    /// </summary>
    protected async Task CheckAccessibility(IPage page, string name)
    {
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Browsers.ScreenshotFolder(), $"{name}.png"), FullPage = true });
        var findings = await Accessibility.FindingsAsync(page, name);
        if (findings.Count > 0)
        {
            throw new InaccessiblePage(name, findings);
        }
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
