using Nijkerk.Vergoedingen.Commands;
using Nijkerk.Vergoedingen.Common;

namespace Nijkerk.Vergoedingen.Tests.Commands;

/// <summary>How commands form groups: none waits for company, those that meet go together, each gets its own outcome.</summary>
public class GroupCommitTests
{
    private sealed record Note(string Group, string About, Actor Actor) : ICommand<string>;

    /// <summary>A group commit whose commits the test holds open and lets go, and which answers each note with its own name.</summary>
    private sealed class Groups(int most) : GroupCommit<Note, string>(most)
    {
        public List<IReadOnlyList<string>> Committed { get; } = [];

        public TaskCompletionSource Entered { get; private set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Gate { get; set; } = Open();

        public Exception? Failure { get; set; }

        public static TaskCompletionSource Open()
        {
            var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            gate.SetResult();
            return gate;
        }

        protected override string GroupOf(Note command) => command.Group;

        protected override string IdentityOf(Note command) => command.About;

        protected override async Task<IReadOnlyList<Outcome<string>?>> CommitAsync(IReadOnlyList<Member> members)
        {
            lock (Committed)
            {
                Committed.Add([.. members.Select(m => m.Command.About)]);
            }
            var entered = Entered;
            Entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
            entered.SetResult();
            await Gate.Task;
            if (Failure is { } failure)
            {
                throw failure;
            }
            return [.. members.Select(m => (Outcome<string>?)$"done {m.Command.About}")];
        }
    }

    private static readonly Actor Bob = new("bob", "financial-officer", "nijkerk");

    private static Task<Outcome<string>?> Send(Groups groups, string about, string group = "nijkerk") =>
        groups.SendAsync(new Note(group, about, Bob), IdempotencyKey.OfCommand(about), () => Task.FromResult<Outcome<string>?>($"alone {about}"));

    /// <summary>A group whose first command is committing and held there; what is sent meanwhile waits for it.</summary>
    private static async Task<(Groups Groups, Task<Outcome<string>?> First)> Held(int most, string first, string group = "nijkerk")
    {
        var groups = new Groups(most) { Gate = new(TaskCreationOptions.RunContinuationsAsynchronously) };
        var entered = groups.Entered.Task;
        var sent = Send(groups, first, group);
        await entered;
        return (groups, sent);
    }

    [Fact]
    public async Task A_command_of_an_idle_group_goes_at_once_alone()
    {
        var groups = new Groups(32);

        var outcome = await Send(groups, "a");

        Assert.Equal("done a", outcome!.Value);
        Assert.Equal([["a"]], groups.Committed);
    }

    [Fact]
    public async Task Commands_that_arrive_while_their_group_commits_go_together_next_up_to_the_most()
    {
        var (groups, first) = await Held(3, "a");
        var waiting = new[] { "b", "c", "d", "e" }.Select(about => Send(groups, about)).ToList();

        groups.Gate.SetResult();
        var outcomes = await Task.WhenAll([first, .. waiting]);

        Assert.Equal(["done a", "done b", "done c", "done d", "done e"], outcomes.Select(o => o!.Value));
        Assert.Equal([["a"], ["b", "c", "d"], ["e"]], groups.Committed);
    }

    [Fact]
    public async Task Two_commands_about_the_same_thing_never_share_a_group()
    {
        var (groups, first) = await Held(32, "x");
        var waiting = new[] { "a", "a", "b" }.Select(about => Send(groups, about)).ToList();

        groups.Gate.SetResult();
        await Task.WhenAll([first, .. waiting]);

        Assert.Equal([["x"], ["a", "b"], ["a"]], groups.Committed);
    }

    [Fact]
    public async Task Groups_of_different_municipalities_do_not_wait_for_each_other()
    {
        var (groups, held) = await Held(32, "a", "nijkerk");
        var other = groups.Entered.Task;

        var leusden = Send(groups, "b", "leusden");
        await other;

        Assert.False(held.IsCompleted);
        groups.Gate.SetResult();
        Assert.Equal("done b", (await leusden)!.Value);
        Assert.Equal("done a", (await held)!.Value);
    }

    [Fact]
    public async Task When_a_group_fails_each_of_its_commands_runs_alone()
    {
        var (groups, first) = await Held(32, "a");
        var waiting = new[] { "b", "c" }.Select(about => Send(groups, about)).ToList();
        groups.Failure = new InvalidOperationException("the connection was lost");

        groups.Gate.SetResult();
        var outcomes = await Task.WhenAll([first, .. waiting]);

        Assert.Equal(["alone a", "alone b", "alone c"], outcomes.Select(o => o!.Value));
    }

    [Fact]
    public void With_groups_of_one_every_command_runs_alone_through_its_handler()
    {
        Assert.True(new Groups(2).Takes(new Note("nijkerk", "a", Bob)));
        Assert.False(new Groups(1).Takes(new Note("nijkerk", "a", Bob)));
    }
}
