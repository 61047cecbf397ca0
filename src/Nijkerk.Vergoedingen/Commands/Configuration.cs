using Marten;
using Wolverine;

namespace Nijkerk.Vergoedingen.Commands;

public static class Configuration
{
    /// <summary>
    /// The command kernel: every command's handler runs in one transaction with the record of its outcome
    /// (<see cref="IdempotencyGuard"/>), and API and screens send commands through <see cref="CommandBus"/>.
    /// </summary>
    public static WebApplicationBuilder AddCommands(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<CommandBus>();
        builder.Services.ConfigureMarten(options => options.Schema.For<IdempotencyRecord>());
        builder.Services.ConfigureWolverine(options =>
        {
            options.Policies.AddMiddleware(typeof(IdempotencyGuard), chain => chain.MessageType.IsAssignableTo(typeof(ICommand)));
            options.Policies.Add(new IdempotencyGuard.Recording());
        });
        return builder;
    }
}
