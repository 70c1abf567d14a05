using Suite.Platform.Errors;

namespace Suite.Boards.Api;

/// <summary>Focalboard's errors: its texts and statuses (403 for a board one may not see, as Focalboard answers).</summary>
internal static class BoardsErrors
{
    public static AppErrorException BadRequest(string reason) => new(400, "api.boards.bad_request", reason);

    public static AppErrorException Unauthorized(string reason) => new(401, "api.boards.unauthorized", reason);

    public static AppErrorException Forbidden(string reason) => new(403, "api.boards.permission", reason);

    public static AppErrorException NotFound(string entity) => new(404, "api.boards.not_found", $"{{{entity}}} not found");
}
