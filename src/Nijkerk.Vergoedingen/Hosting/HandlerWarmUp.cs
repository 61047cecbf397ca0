using Wolverine.Runtime;

namespace Nijkerk.Vergoedingen.Hosting;

/// <summary>
/// Compiles every command handler right after start-up, so the first burst of approvals in a morning
/// does not queue behind code generation.
/// </summary>
public sealed class HandlerWarmUp(IWolverineRuntime runtime, ILogger<HandlerWarmUp> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(() =>
    {
        if (runtime is not WolverineRuntime { Handlers: var handlers })
        {
            return;
        }
        var commands = typeof(ICommand).Assembly.GetTypes().Where(t => t.IsAssignableTo(typeof(ICommand)) && !t.IsAbstract && !t.IsInterface);
        foreach (var command in commands)
        {
            if (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            handlers.HandlerFor(command);
        }
        logger.LogInformation("Command handlers compiled");
    }, stoppingToken);
}
