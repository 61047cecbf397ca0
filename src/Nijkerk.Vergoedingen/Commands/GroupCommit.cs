namespace Nijkerk.Vergoedingen.Commands;

/// <summary>A kind of command that <see cref="CommandBus"/> hands to a group commit instead of running it alone.</summary>
public interface ICommandGroup
{
    bool Takes(ICommand command);

    /// <summary>
    /// The command's outcome, decided together with those that met it; null when its work was found done
    /// already (its record is replayed); <paramref name="alone"/>'s when the group's transaction failed.
    /// </summary>
    Task<Outcome<T>?> SendAsync<T>(ICommand<T> command, IdempotencyKey key, Func<Task<Outcome<T>?>> alone) where T : class;
}

/// <summary>
/// Group commit: commands that meet at the same group (approvals of one municipality, whose years they lock)
/// wait in this process and are taken up to <see cref="Most"/> at a time, decided one after the other by the
/// same decisions on state folded as they go, and committed in one transaction — one lock, one load of the
/// year, one commit for all of them. No one waits for company: the first command of an idle group goes at
/// once, alone; those that arrive while a group is committing go together next. Each keeps its own outcome,
/// record and events, and a refusal refuses that one only. When the group's transaction fails, each of its
/// commands runs again alone, under its own record, so work that was done is replayed and not done twice.
/// Commands about the same thing (<see cref="IdentityOf"/>) never share a group: the later waits for the next.
/// </summary>
public abstract class GroupCommit<TCommand, TAnswer>(int most) : ICommandGroup where TCommand : class, ICommand<TAnswer> where TAnswer : class
{
    private readonly Dictionary<string, Queue<Member>> _waiting = [];
    private readonly HashSet<string> _running = [];

    public int Most { get; } = Math.Max(1, most);

    /// <summary>A command waiting for its group, and the record its outcome will be kept under.</summary>
    public sealed class Member(TCommand command, IdempotencyKey key)
    {
        public TCommand Command { get; } = command;

        public IdempotencyKey Key { get; } = key;

        internal TaskCompletionSource<Outcome<TAnswer>?> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>The group a command joins.</summary>
    protected abstract string GroupOf(TCommand command);

    /// <summary>What a command is about: two about the same thing are not decided in one group.</summary>
    protected abstract string IdentityOf(TCommand command);

    /// <summary>Decides and commits the members together: an outcome for each, in their order; null where its record was found.</summary>
    protected abstract Task<IReadOnlyList<Outcome<TAnswer>?>> CommitAsync(IReadOnlyList<Member> members);

    /// <summary>Groups of one are no groups: with <see cref="Most"/> 1 every command runs alone, through its own handler.</summary>
    public bool Takes(ICommand command) => Most > 1 && command is TCommand;

    public async Task<Outcome<T>?> SendAsync<T>(ICommand<T> command, IdempotencyKey key, Func<Task<Outcome<T>?>> alone) where T : class
    {
        var member = new Member((TCommand)command, key);
        var group = GroupOf(member.Command);
        bool lead;
        lock (_waiting)
        {
            if (!_waiting.TryGetValue(group, out var queue))
            {
                _waiting[group] = queue = new Queue<Member>();
            }
            queue.Enqueue(member);
            lead = _running.Add(group);
        }
        if (lead)
        {
            // The first of an idle group commits it on its own thread, so a lone command waits for no hand-over;
            // whoever came meanwhile goes next, led from the thread pool.
            await CommitAsync(Next(group));
            if (StillWaiting(group))
            {
                _ = Task.Run(() => LeadAsync(group));
            }
        }
        try
        {
            return (Outcome<T>?)(object?)await member.Done.Task;
        }
        catch (GroupFailed)
        {
            return await alone();
        }
    }

    /// <summary>Commits the group's waiting commands, up to <see cref="Most"/> at a time, until none wait.</summary>
    private async Task LeadAsync(string group)
    {
        while (Next(group) is { Count: > 0 } members)
        {
            await CommitAsync(members);
        }
    }

    /// <summary>Commits the members together and tells each its outcome, or that the group failed.</summary>
    private async Task CommitAsync(List<Member> members)
    {
        try
        {
            var outcomes = await CommitAsync((IReadOnlyList<Member>)members);
            for (var i = 0; i < members.Count; i++)
            {
                members[i].Done.SetResult(outcomes[i]);
            }
        }
        catch (Exception failure)
        {
            foreach (var member in members)
            {
                member.Done.TrySetException(new GroupFailed(failure));
            }
        }
    }

    /// <summary>Whether commands wait for the group; if none do, it is idle again.</summary>
    private bool StillWaiting(string group)
    {
        lock (_waiting)
        {
            if (_waiting[group].Count > 0)
            {
                return true;
            }
            _running.Remove(group);
            return false;
        }
    }

    private List<Member> Next(string group)
    {
        lock (_waiting)
        {
            var queue = _waiting[group];
            var members = new List<Member>();
            var identities = new HashSet<string>();
            var later = new Queue<Member>();
            while (members.Count < Most && queue.TryDequeue(out var member))
            {
                if (identities.Add(IdentityOf(member.Command)))
                {
                    members.Add(member);
                }
                else
                {
                    later.Enqueue(member);
                }
            }
            while (queue.TryDequeue(out var rest))
            {
                later.Enqueue(rest);
            }
            _waiting[group] = later;
            if (members.Count == 0)
            {
                // Under the same lock as the queue: a command that comes now finds the group idle and leads it.
                _running.Remove(group);
            }
            return members;
        }
    }

    private sealed class GroupFailed(Exception inner) : Exception("The group's transaction failed; its commands run alone.", inner);
}
