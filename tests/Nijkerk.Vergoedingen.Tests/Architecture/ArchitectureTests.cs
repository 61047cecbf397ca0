using System.Reflection;
using System.Runtime.CompilerServices;
using NetArchTest.Rules;
using Nijkerk.Vergoedingen.Commands;

namespace Nijkerk.Vergoedingen.Tests.Architecture;

/// <summary>
/// Dependencies point one way: the rooms every feature stands on (the command kernel, the HTTP edge, the
/// store and messaging, the command line, the shared values) know no feature, and a feature uses another
/// only through what that one offers — its commands, events, aggregates and views — never its endpoints,
/// handlers or anything it keeps to itself.
/// </summary>
public sealed class ArchitectureTests
{
    private const string Root = "Nijkerk.Vergoedingen";

    private static readonly string[] Rooms = ["Commands", "Http", "Infrastructure", "Operations", "Common"];

    private static readonly Assembly Ledger = typeof(Outcome<>).Assembly;

    private static readonly Type[] Own = Ledger.GetTypes()
        .Where(t => t.Namespace?.StartsWith($"{Root}.", StringComparison.Ordinal) == true && !t.IsDefined(typeof(CompilerGeneratedAttribute)))
        .ToArray();

    private static string Room(Type type) => type.Namespace![(Root.Length + 1)..].Split('.')[0];

    private static readonly string[] Features = Own.Select(Room).Distinct().Except(Rooms).Order().ToArray();

    public static TheoryData<string> AllRooms => new(Rooms);

    public static TheoryData<string> AllFeatures => new(Features);

    [Fact]
    public void The_features_are_found()
    {
        Assert.Contains("Referrals", Features);
        Assert.Contains("Quotas", Features);
        Assert.Contains("Ui", Features);
        Assert.DoesNotContain("Hosting", Features);
    }

    [Theory]
    [MemberData(nameof(AllRooms))]
    public void A_room_uses_no_feature(string room)
    {
        var result = Types.InAssembly(Ledger).That().ResideInNamespace($"{Root}.{room}")
            .ShouldNot().HaveDependencyOnAny(Features.Select(f => $"{Root}.{f}").ToArray())
            .GetResult();

        Assert.True(result.IsSuccessful, $"{room} uses a feature: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void Shared_values_stand_on_nothing_of_the_ledger()
    {
        var result = Types.InAssembly(Ledger).That().ResideInNamespace($"{Root}.Common")
            .ShouldNot().HaveDependencyOnAny(Rooms.Except(["Common"]).Select(r => $"{Root}.{r}").ToArray())
            .GetResult();

        Assert.True(result.IsSuccessful, $"Common uses another room: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Theory]
    [MemberData(nameof(AllFeatures))]
    public void A_feature_reaches_into_no_other_feature(string feature)
    {
        var internals = Own
            .Where(t => Room(t) != feature && !Rooms.Contains(Room(t)) && !t.IsNested)
            .Where(t => !t.IsPublic || t.Name.EndsWith("Endpoint", StringComparison.Ordinal) || t.Name.EndsWith("Endpoints", StringComparison.Ordinal)
                || t.Name.EndsWith("Handler", StringComparison.Ordinal))
            .Select(t => t.FullName!)
            .ToArray();

        var result = Types.InAssembly(Ledger).That().ResideInNamespace($"{Root}.{feature}")
            .ShouldNot().HaveDependencyOnAny(internals)
            .GetResult();

        Assert.True(result.IsSuccessful, $"{feature} reaches into another feature: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void No_hosting_namespace_remains()
    {
        Assert.DoesNotContain(Ledger.GetTypes(), t => t.Namespace?.StartsWith($"{Root}.Hosting", StringComparison.Ordinal) == true);
    }
}
