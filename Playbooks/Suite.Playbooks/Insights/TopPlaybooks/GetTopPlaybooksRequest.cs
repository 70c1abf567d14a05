using Suite.Platform.Mediator;

namespace Suite.Playbooks.Insights.TopPlaybooks;

/// <summary>
/// <c>GET /playbooks/insights/teams/{team_id}</c> and <c>/playbooks/insights/user/me</c>: the team's
/// playbooks by runs started in the period (only runs the caller took part in when
/// <see cref="OnlyMine"/>), with how fast those runs were acknowledged and resolved.
/// </summary>
internal sealed record GetTopPlaybooksRequest(string TeamId, bool OnlyMine, string TimeRange, int Page, int PerPage) : IRequest<TopPlaybooks>;

/// <summary>Mattermost's <c>PlaybooksInsightsList</c>.</summary>
public sealed record TopPlaybooks(bool HasNext, IReadOnlyList<PlaybookInsight> Items);

/// <summary>Mattermost's <c>PlaybookInsight</c>, with Suite's response times.</summary>
public sealed record PlaybookInsight(string PlaybookId, string Title, int NumRuns, long LastRunAt, ResponseTimes TimeToAcknowledge, ResponseTimes TimeToResolve);
