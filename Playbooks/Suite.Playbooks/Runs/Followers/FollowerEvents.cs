namespace Suite.Playbooks.Runs.Followers;

/// <summary>A user started following the run.</summary>
public sealed record RunFollowed(string UserId) : RunEvent
{
    protected override PlaybookRun Evolve(PlaybookRun run)
    {
        if (!run.FollowerIds.Contains(UserId))
        {
            run.FollowerIds.Add(UserId);
        }

        return run;
    }
}

/// <summary>A user stopped following the run.</summary>
public sealed record RunUnfollowed(string UserId) : RunEvent
{
    protected override PlaybookRun Evolve(PlaybookRun run)
    {
        run.FollowerIds.Remove(UserId);
        return run;
    }
}
