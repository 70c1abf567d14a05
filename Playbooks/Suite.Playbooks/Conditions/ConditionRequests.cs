using System.Text.Json;
using Suite.Platform;
using Suite.Platform.Api;
using Suite.Platform.Errors;
using Suite.Platform.Mediator;
using Suite.Playbooks.Playbooks;
using Suite.Playbooks.PropertyFields;
using Suite.Playbooks.Runs;

namespace Suite.Playbooks.Conditions;

/// <summary><c>GET /playbooks/{id}/conditions</c>: the playbook's own conditions, paged, for whoever may see the playbook.</summary>
[RequiresFeature(PlaybookFeatures.ConditionsKey)]
internal sealed record GetPlaybookConditionsRequest(string PlaybookId, int Page, int PerPage) : IRequest<ConditionPage>;

internal sealed class GetPlaybookConditionsHandler(PlaybookAccess access, ConditionStore conditions) : IRequestHandler<GetPlaybookConditionsRequest, ConditionPage>
{
    public async Task<ConditionPage> Handle(GetPlaybookConditionsRequest request, CancellationToken cancellationToken)
    {
        await access.ReadableAsync(request.PlaybookId, cancellationToken);
        return await conditions.PageAsync(request.PlaybookId, runId: null, request.Page, request.PerPage, cancellationToken);
    }
}

/// <summary><c>GET /runs/{id}/conditions</c>: the copies the run took from its playbook, paged, for whoever may see the run.</summary>
[RequiresFeature(PlaybookFeatures.ConditionsKey)]
internal sealed record GetRunConditionsRequest(string RunId, int Page, int PerPage) : IRequest<ConditionPage>;

internal sealed class GetRunConditionsHandler(RunAccess access, ConditionStore conditions) : IRequestHandler<GetRunConditionsRequest, ConditionPage>
{
    public async Task<ConditionPage> Handle(GetRunConditionsRequest request, CancellationToken cancellationToken)
    {
        var run = await access.ReadableAsync(request.RunId, cancellationToken);
        return await conditions.PageAsync(run.PlaybookId, run.Id, request.Page, request.PerPage, cancellationToken);
    }
}

/// <summary>
/// <c>POST /playbooks/{id}/conditions</c>: a new condition for those who may edit the playbook; answers it (201) with its
/// id. Its values must fit the playbook's fields (text for a text field, option ids for a select or multiselect).
/// </summary>
[RequiresFeature(PlaybookFeatures.ConditionsKey)]
internal sealed record CreateConditionRequest(string PlaybookId, ConditionBody Body) : IRequest<Condition>;

internal sealed class CreateConditionHandler(EditablePlaybooks playbooks, ConditionStore conditions, PropertyFieldStore fields, TimeProvider time)
    : IRequestHandler<CreateConditionRequest, Condition>
{
    public async Task<Condition> Handle(CreateConditionRequest request, CancellationToken cancellationToken)
    {
        await playbooks.ActiveAsync(request.PlaybookId, cancellationToken);
        if (!string.IsNullOrEmpty(request.Body.Id))
        {
            throw ConditionErrors.Malformed("condition ID should not be specified for creation");
        }

        var expression = request.Body.Read(await fields.ListAsync(request.PlaybookId, cancellationToken));
        if (await conditions.CountAsync(request.PlaybookId, cancellationToken) >= ConditionStore.MaxPerPlaybook)
        {
            throw ConditionErrors.Malformed($"playbook already has the maximum allowed number of conditions ({ConditionStore.MaxPerPlaybook})");
        }

        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var condition = new Condition { Id = Ids.New(), ConditionExpr = expression, PlaybookId = request.PlaybookId, CreateAt = now, UpdateAt = now };
        await conditions.SaveAsync([condition], cancellationToken);
        return condition;
    }
}

/// <summary><c>PUT /playbooks/{id}/conditions/{conditionID}</c>: replaces a playbook's condition; a run's copy cannot change.</summary>
[RequiresFeature(PlaybookFeatures.ConditionsKey)]
internal sealed record UpdateConditionRequest(string PlaybookId, string ConditionId, ConditionBody Body) : IRequest<Condition>;

internal sealed class UpdateConditionHandler(EditablePlaybooks playbooks, ConditionStore conditions, PropertyFieldStore fields, TimeProvider time)
    : IRequestHandler<UpdateConditionRequest, Condition>
{
    public async Task<Condition> Handle(UpdateConditionRequest request, CancellationToken cancellationToken)
    {
        await playbooks.ActiveAsync(request.PlaybookId, cancellationToken);
        var condition = await conditions.FindAsync(request.PlaybookId, request.ConditionId, cancellationToken) ?? throw ConditionErrors.NotFound();
        if (condition.RunId is not null)
        {
            throw ConditionErrors.Malformed("run conditions cannot be modified");
        }

        condition.ConditionExpr = request.Body.Read(await fields.ListAsync(request.PlaybookId, cancellationToken));
        condition.UpdateAt = time.GetUtcNow().ToUnixTimeMilliseconds();
        await conditions.SaveAsync([condition], cancellationToken);
        return condition;
    }
}

/// <summary><c>DELETE /playbooks/{id}/conditions/{conditionID}</c>: marks a playbook's condition deleted; runs keep their copies.</summary>
[RequiresFeature(PlaybookFeatures.ConditionsKey)]
internal sealed record DeleteConditionRequest(string PlaybookId, string ConditionId) : IRequest;

internal sealed class DeleteConditionHandler(EditablePlaybooks playbooks, ConditionStore conditions, TimeProvider time) : IRequestHandler<DeleteConditionRequest, Unit>
{
    public async Task<Unit> Handle(DeleteConditionRequest request, CancellationToken cancellationToken)
    {
        await playbooks.ActiveAsync(request.PlaybookId, cancellationToken);
        var condition = await conditions.FindAsync(request.PlaybookId, request.ConditionId, cancellationToken) ?? throw ConditionErrors.NotFound();
        if (condition.RunId is not null)
        {
            throw ConditionErrors.Malformed("run conditions cannot be deleted");
        }

        condition.DeleteAt = time.GetUtcNow().ToUnixTimeMilliseconds();
        await conditions.SaveAsync([condition], cancellationToken);
        return Unit.Value;
    }
}

/// <summary>The body of a condition write, as the plugin's <c>ConditionRequest</c>; the expression is read by its <c>version</c>.</summary>
internal sealed record ConditionBody(string? Id, JsonElement ConditionExpr, int Version, string? RunId)
{
    /// <summary>The expression, trimmed, when the body and the expression are valid for <paramref name="fields"/> (400 otherwise).</summary>
    public ConditionExpression Read(IReadOnlyList<PropertyField> fields)
    {
        if (Version == 0)
        {
            throw ConditionErrors.BadFormat("version is required and cannot be 0");
        }

        if (ConditionExpr.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            throw ConditionErrors.BadFormat("condition_expr is required and cannot be null");
        }

        if (Version != Condition.CurrentVersion)
        {
            throw ConditionErrors.BadFormat($"unsupported condition version: {Version}");
        }

        if (!string.IsNullOrEmpty(RunId))
        {
            throw ConditionErrors.Malformed("run conditions are managed by their run and cannot be written");
        }

        ConditionExpression expression;
        try
        {
            expression = ConditionExpr.Deserialize<ConditionExpression>(ApiJson.Options) ?? throw ConditionErrors.BadFormat("condition_expr is required and cannot be null");
        }
        catch (JsonException ex)
        {
            throw ConditionErrors.BadFormat($"failed to read condition expression v1: {ex.Message}");
        }

        if (expression.Problem(fields) is { } problem)
        {
            throw ConditionErrors.Malformed(problem);
        }

        expression.Trim();
        return expression;
    }
}

internal static class ConditionErrors
{
    public static AppErrorException NotFound() => new(404, "app.playbook.condition.not_found", "condition not found");

    public static AppErrorException BadFormat(string detail) => new(400, "app.playbook.condition.invalid_format", "invalid condition format:", detail);

    public static AppErrorException Malformed(string detail) => new(400, "app.playbook.condition.invalid", "invalid condition expression:", detail);
}
