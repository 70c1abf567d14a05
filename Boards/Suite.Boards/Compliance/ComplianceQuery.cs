using System.Globalization;
using Microsoft.AspNetCore.Http;
using Suite.Boards.Api;

namespace Suite.Boards.Compliance;

/// <summary>The query of Focalboard's compliance routes: <c>team_id</c>, <c>board_id</c>, <c>modified_since</c>, <c>include_deleted</c>, <c>page</c>, <c>per_page</c> (60 by default).</summary>
internal sealed record ComplianceQuery(string TeamId, string BoardId, string ModifiedSince, bool IncludeDeleted, string Page, string PerPage)
{
    public const int DefaultPerPage = 60;
    public const int MaxPerPage = 1000;

    public static ComplianceQuery From(IQueryCollection query) => new(
        query["team_id"].ToString(),
        query["board_id"].ToString(),
        query["modified_since"].ToString(),
        query["include_deleted"] == "true",
        query["page"].ToString(),
        query["per_page"].ToString());

    public int PageNumber() => Whole("page", Page, 0, int.MaxValue / MaxPerPage);

    public int PageSize() => Whole("per_page", PerPage, DefaultPerPage, MaxPerPage);

    /// <summary>The required <c>modified_since</c>, in Unix milliseconds.</summary>
    public long Since() =>
        ModifiedSince.Length == 0 ? throw BoardsErrors.BadRequest("`modified_since` parameter required")
        : long.TryParse(ModifiedSince, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var since) ? since
        : throw BoardsErrors.BadRequest($"invalid `modified_since` parameter: {ModifiedSince} is not a whole number");

    private static int Whole(string name, string text, int fallback, int max) =>
        text.Length == 0 ? fallback
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value <= max ? value
        : throw BoardsErrors.BadRequest($"invalid `{name}` parameter: {text} is not a whole number from 0 to {max}");
}

/// <summary>Focalboard's compliance answers: a page of results and whether another follows.</summary>
internal sealed record CompliancePage<T>(bool HasNext, IReadOnlyList<T> Results);

/// <summary>Focalboard's <c>BoardHistory</c>.</summary>
internal sealed record BoardHistory(string Id, string TeamId, bool IsDeleted, long DescendantLastUpdateAt, long DescendantFirstUpdateAt, string CreatedBy, string LastModifiedBy);

/// <summary>Focalboard's <c>BlockHistory</c>.</summary>
internal sealed record BlockHistory(string Id, string TeamId, string BoardId, string Type, bool IsDeleted, long LastUpdateAt, long FirstUpdateAt, string CreatedBy, string LastModifiedBy);
