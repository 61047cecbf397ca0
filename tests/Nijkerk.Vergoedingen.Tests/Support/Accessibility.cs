using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Sdk;

namespace Nijkerk.Vergoedingen.Tests.Support;

/// <summary>The engines every page is checked with.</summary>
public static class Engines
{
    public const string Axe = "axe-core";
    public const string Ibm = "IBM accessibility-checker-engine";
    public const string HtmlCodeSniffer = "HTML_CodeSniffer";
    public const string Nu = "Nu Html Checker";
}

/// <summary>What one engine found wrong on a page: its rule, the element and the engine's own words.</summary>
public sealed record Finding(string Engine, string Rule, string Target, string Message)
{
    public override string ToString() => $"{Engine}: {Rule} at {Target}: {Message}";
}

/// <summary>A page that one of the engines finds fault with; the findings say which, where and why.</summary>
public sealed class InaccessiblePage(string page, IReadOnlyList<Finding> findings)
    : XunitException($"{page} fails WCAG 2.1 AA or the HTML standard ({findings.Count}):\n{string.Join("\n", findings)}")
{
    public IReadOnlyList<Finding> Findings { get; } = findings;
}

/// <summary>
/// WCAG 2.1 AA and valid HTML, checked by four engines, each with its own reading of the rules: axe-core,
/// IBM's engine and HTML_CodeSniffer on the page in the browser (their scripts evaluated through the
/// DevTools protocol, so the page's Content-Security-Policy still forbids inline script), and the Nu Html
/// Checker on the HTML as the server sent it.
/// </summary>
public static class Accessibility
{
    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    private static readonly ConditionalWeakTable<IPage, ServedDocument> Served = new();

    private static readonly Lock Record = new();

    /// <summary>Keeps the document the server last sent the page's main frame, for the HTML check.</summary>
    public static void Follow(IPage page) => Served.GetValue(page, p => new ServedDocument(p));

    /// <summary>Checks the page with every engine, writes what each found to accessibility.txt, and returns what fails.</summary>
    public static async Task<IReadOnlyList<Finding>> FindingsAsync(IPage page, string name)
    {
        var total = Stopwatch.StartNew();
        var html = Served.TryGetValue(page, out var served) ? await served.HtmlAsync() : null;
        var source = html is null ? "the page's content" : "the HTML as served";
        html ??= await page.ContentAsync();
        var nu = Timed(() => Nu(html));
        var axe = await Timed(() => Axe(page));
        var ibm = await Timed(() => Ibm(page));
        var sniffer = await Timed(() => HtmlCodeSniffer(page));
        var checkedHtml = await nu;

        var lines = new List<string>
        {
            Line(name, Engines.Axe, axe.Result.Failing, axe.Elapsed),
            Line(name, Engines.Axe + " best practice (not failing)", axe.Result.BestPractice, TimeSpan.Zero),
            Line(name, Engines.Ibm, ibm.Result.Failing, ibm.Elapsed),
            Line(name, Engines.Ibm + " left out (aria_form_label_unique on forms without a name)", ibm.Result.Excluded, TimeSpan.Zero),
            Line(name, Engines.HtmlCodeSniffer, sniffer.Result, sniffer.Elapsed),
            Line(name, $"{Engines.Nu} on {source} ({html.Length} characters)", checkedHtml.Result.Errors, checkedHtml.Elapsed),
            Line(name, Engines.Nu + " warnings (not failing)", checkedHtml.Result.Warnings, TimeSpan.Zero),
            Line(name, "all engines", [.. axe.Result.Failing, .. ibm.Result.Failing, .. sniffer.Result, .. checkedHtml.Result.Errors], total.Elapsed),
        };
        lock (Record)
        {
            File.AppendAllLines(Path.Combine(Browsers.ScreenshotFolder(), "accessibility.txt"), lines);
        }
        return [.. axe.Result.Failing, .. ibm.Result.Failing, .. sniffer.Result, .. checkedHtml.Result.Errors];
    }

    private static string Line(string page, string engine, IReadOnlyList<Finding> findings, TimeSpan elapsed) =>
        $"{page}\t{engine}\t{findings.Count}\t{elapsed.TotalMilliseconds:0} ms\t" +
        string.Join("; ", findings.Select(f => OneLine($"{f.Rule} ({f.Target})")));

    private static string OneLine(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");

    private static async Task<(T Result, TimeSpan Elapsed)> Timed<T>(Func<Task<T>> check)
    {
        var clock = Stopwatch.StartNew();
        var result = await check();
        return (result, clock.Elapsed);
    }

    /// <summary>
    /// Evaluates an engine's script once per document: a page checked twice keeps it. The probe asks for the
    /// engine's entry point, not just the name, as an element's id also makes a global of that name.
    /// </summary>
    private static async Task Load(IPage page, string entryPoint, Func<string> script)
    {
        if (!await page.EvaluateAsync<bool>($"() => typeof window.{entryPoint} === 'function'"))
        {
            await page.EvaluateAsync(script());
        }
    }

    /// <summary>axe-core: every violation of a WCAG 2.0/2.1 A or AA rule fails, whatever its impact; best practice is only recorded.</summary>
    private static async Task<(IReadOnlyList<Finding> Failing, IReadOnlyList<Finding> BestPractice)> Axe(IPage page)
    {
        await Load(page, "axe?.run", Browsers.AxeScript);
        var violations = await page.EvaluateAsync<JsonElement>(
            "async tags => { const r = await axe.run(document, { runOnly: { type: 'tag', values: [...tags, 'best-practice'] }, resultTypes: ['violations'] });" +
            " return r.violations.map(v => ({ id: v.id, tags: v.tags, help: v.help, nodes: v.nodes.map(n => n.target.join(' ')) })); }",
            WcagTags);
        var failing = new List<Finding>();
        var bestPractice = new List<Finding>();
        foreach (var violation in violations.EnumerateArray())
        {
            var wcag = violation.GetProperty("tags").EnumerateArray().Any(t => WcagTags.Contains(t.GetString()));
            foreach (var node in violation.GetProperty("nodes").EnumerateArray())
            {
                (wcag ? failing : bestPractice).Add(new Finding(Engines.Axe, violation.GetProperty("id").GetString()!, node.GetString()!, violation.GetProperty("help").GetString()!));
            }
        }
        return (failing, bestPractice);
    }

    /// <summary>
    /// IBM's engine with its WCAG 2.1 (A and AA) rule set: every result it calls a violation that fails, but
    /// one. aria_form_label_unique takes every form element for a form landmark and so reports two forms
    /// without a name as landmarks with the same name. A form without an accessible name is no landmark
    /// (HTML-AAM, which closed html-aam#82 that way; ARIA in HTML: "A form is not exposed as a landmark
    /// region unless it has been provided an accessible name"), axe-core's landmark-unique skips such forms
    /// for that reason, and naming each one-button form would only clutter the landmarks. So that rule is
    /// left out on forms without a name, and still counts on named ones.
    /// </summary>
    private static async Task<(IReadOnlyList<Finding> Failing, IReadOnlyList<Finding> Excluded)> Ibm(IPage page)
    {
        await Load(page, "ace?.Checker", Browsers.AceScript);
        var results = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const report = await new ace.Checker().check(document, ['WCAG_2_1']);
              const unnamedForm = path => {
                const e = document.evaluate(path, document, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null).singleNodeValue;
                return !!e && e.localName === 'form' && !e.hasAttribute('role')
                  && !['aria-label', 'aria-labelledby', 'title'].some(a => (e.getAttribute(a) || '').trim() !== '');
              };
              return report.results.filter(r => r.value[0] === 'VIOLATION' && r.value[1] === 'FAIL')
                .map(r => ({ id: r.ruleId, target: r.path.dom, message: r.message, snippet: r.snippet || '',
                  excluded: r.ruleId === 'aria_form_label_unique' && unnamedForm(r.path.dom) }));
            }
            """);
        var failing = new List<Finding>();
        var excluded = new List<Finding>();
        foreach (var r in results.EnumerateArray())
        {
            (r.GetProperty("excluded").GetBoolean() ? excluded : failing).Add(new Finding(Engines.Ibm, r.GetProperty("id").GetString()!,
                r.GetProperty("target").GetString()!, $"{r.GetProperty("message").GetString()} {r.GetProperty("snippet").GetString()}".Trim()));
        }
        return (failing, excluded);
    }

    /// <summary>HTML_CodeSniffer with its WCAG2AA standard: every message of type 1, an error.</summary>
    private static async Task<IReadOnlyList<Finding>> HtmlCodeSniffer(IPage page)
    {
        await Load(page, "HTMLCS?.process", Browsers.HtmlCodeSnifferScript);
        var errors = await page.EvaluateAsync<JsonElement>("""
            () => new Promise((resolve, reject) => HTMLCS.process('WCAG2AA', document, () => {
              const where = e => {
                if (!e || e.nodeType !== 1) return e && e.nodeName ? e.nodeName.toLowerCase() : 'document';
                const path = [];
                for (let n = e; n && n.nodeType === 1 && path.length < 4; n = n.parentElement) {
                  if (n.id) { path.unshift(n.localName + '#' + n.id); break; }
                  path.unshift(n.localName + [...n.classList].map(c => '.' + c).join(''));
                }
                return path.join(' > ');
              };
              resolve(HTMLCS.getMessages().filter(m => m.type === 1).map(m => ({ id: m.code, target: where(m.element), message: m.msg })));
            }, () => reject(new Error('HTML_CodeSniffer could not run WCAG2AA')), 'en'))
            """);
        return [.. errors.EnumerateArray().Select(e => new Finding(Engines.HtmlCodeSniffer, e.GetProperty("id").GetString()!, e.GetProperty("target").GetString()!, e.GetProperty("message").GetString()!))];
    }

    /// <summary>
    /// The Nu Html Checker: every message of type error fails; its warnings are only recorded. It names no
    /// rule, so its message stands for one.
    /// </summary>
    private static async Task<(IReadOnlyList<Finding> Errors, IReadOnlyList<Finding> Warnings)> Nu(string html)
    {
        var messages = await NuHtmlChecker.CheckAsync(html);
        Finding Of(JsonElement m) => new(Engines.Nu, m.GetProperty("message").GetString()!,
            OneLine($"line {(m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0)}: {(m.TryGetProperty("extract", out var extract) ? extract.GetString()!.Trim() : "")}"),
            m.GetProperty("message").GetString()!);
        return ([.. messages.Where(m => m.GetProperty("type").GetString() == "error").Select(Of)],
            [.. messages.Where(m => m.TryGetProperty("subType", out var sub) && sub.GetString() == "warning").Select(Of)]);
    }

    /// <summary>
    /// The main frame's last document response. Its body is what the server sent; when the page now shows
    /// another address (a script replaced it, or history was rewritten) there is none for what it shows.
    /// </summary>
    private sealed class ServedDocument
    {
        private readonly IPage _page;
        private volatile IResponse? _last;

        public ServedDocument(IPage page)
        {
            _page = page;
            page.Response += (_, response) =>
            {
                // A redirect has no body; the document it leads to comes next.
                if (response.Request.IsNavigationRequest && response.Frame == page.MainFrame && response.Status is < 300 or >= 400)
                {
                    _last = response;
                }
            };
        }

        public async Task<string?> HtmlAsync()
        {
            if (_last is not { } response || Address(response.Url) != Address(_page.Url))
            {
                return null;
            }
            try
            {
                return await response.TextAsync();
            }
            catch (PlaywrightException)
            {
                // The browser no longer holds the body (a download, a document it dropped): the page's own HTML then.
                return null;
            }
        }

        private static string Address(string url) => url.Split('#')[0];
    }
}
