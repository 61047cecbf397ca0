using System.Reflection;
using JasperFx;
using JasperFx.CommandLine;
using JasperFx.CommandLine.Descriptions;
using Spectre.Console;

// JasperFx registers the commands of assemblies so marked after its own built-in ones, dependencies
// first: this assembly depends on JasperFx, so its "describe" below replaces the built-in one.
[assembly: JasperFxAssembly]

namespace Nijkerk.Vergoedingen.Operations;

/// <summary>
/// <c>describe</c>, in place of JasperFx's own, which prints every setting as it is — passwords, keys and
/// client secrets included. This one runs in Development only, masks secrets by the name of their setting,
/// and scrubs their values from what Marten's and Wolverine's parts print.
/// </summary>
[Description("Describes the application: environment, settings with their secrets masked, and the parts of Marten and Wolverine (Development only)", Name = "describe")]
public sealed class DescribeCommand : JasperFxAsyncCommand<NetCoreInput>
{
    public override async Task<bool> Execute(NetCoreInput input)
    {
        using var host = input.BuildHost();
        var environment = host.Services.GetRequiredService<IHostEnvironment>();
        if (!environment.IsDevelopment())
        {
            await Console.Error.WriteLineAsync(
                $"describe runs in Development only: it shows the configuration, and this is {environment.EnvironmentName}.");
            return false;
        }
        var settings = host.Services.GetRequiredService<IConfiguration>().AsEnumerable()
            .Where(s => s.Value is not null).OrderBy(s => s.Key, StringComparer.OrdinalIgnoreCase).ToList();
        var secrets = Secrets.In(settings);

        var text = new StringWriter();
        text.WriteLine($"Application: {environment.ApplicationName} {Assembly.GetEntryAssembly()?.GetName().Version}");
        text.WriteLine($"Environment: {environment.EnvironmentName}");
        text.WriteLine($"Content root: {environment.ContentRootPath}");
        text.WriteLine();
        text.WriteLine("Settings");
        foreach (var (key, value) in settings)
        {
            text.WriteLine($"  {key} = {Secrets.Redact(key, value!)}");
        }
        await WritePartsAsync(host.Services, text);

        await Console.Out.WriteAsync(Secrets.Scrub(text.ToString(), secrets));
        return true;
    }

    /// <summary>Each registered part writes to the console itself; here that console is a buffer, scrubbed before it is shown.</summary>
    private static async Task WritePartsAsync(IServiceProvider services, StringWriter text)
    {
        var parts = services.GetServices<ISystemPart>().ToList();
        var console = AnsiConsole.Console;
        var output = Console.Out;
        AnsiConsole.Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(text),
        });
        // Wide enough that no value is wrapped in two, where scrubbing would miss it.
        AnsiConsole.Console.Profile.Width = 1000;
        Console.SetOut(text);
        try
        {
            foreach (var part in parts)
            {
                text.WriteLine();
                text.WriteLine(part.Title);
                try
                {
                    await part.WriteToConsole();
                }
                catch (Exception e)
                {
                    // The message may quote a setting; the type says enough.
                    text.WriteLine($"  (could not be described: {e.GetType().Name})");
                }
            }
        }
        finally
        {
            AnsiConsole.Console = console;
            Console.SetOut(output);
        }
    }
}
