using System.Text.Json;
using System.Text.Json.Nodes;
using Suite.Platform.Api;
using Suite.Platform.Errors;
using Suite.Platform.Mediator;
using Suite.Playbooks.Playbooks.UpdatePlaybook;

namespace Suite.Playbooks.Playbooks.PatchPlaybook;

/// <summary>
/// <c>PATCH /playbooks/{id}</c>: each field the body names replaces the playbook's (a list as a whole),
/// the others stay. The result is written as <c>PUT</c> writes it: same rules, license gates and permissions.
/// </summary>
internal sealed record PatchPlaybookRequest(string PlaybookId, JsonObject Changes) : IRequest<Playbook>;

internal sealed class PatchPlaybookHandler(PlaybookAccess access, ISender sender) : IRequestHandler<PatchPlaybookRequest, Playbook>
{
    public async Task<Playbook> Handle(PatchPlaybookRequest request, CancellationToken cancellationToken)
    {
        var current = await access.EditableAsync(request.PlaybookId, cancellationToken);
        var merged = JsonSerializer.SerializeToNode(current, ApiJson.Options)!.AsObject();
        foreach (var (name, value) in request.Changes)
        {
            if (!merged.ContainsKey(name))
            {
                throw AppErrorException.InvalidBody(name, $"A playbook has no field {name}.");
            }

            merged[name] = value?.DeepClone() ?? throw AppErrorException.InvalidBody(name, $"{name} must not be null.");
        }

        return await sender.Send(new UpdatePlaybookRequest(request.PlaybookId, Read(merged)), cancellationToken);
    }

    private static Playbook Read(JsonObject merged)
    {
        try
        {
            return merged.Deserialize<Playbook>(ApiJson.Options)!;
        }
        catch (JsonException ex)
        {
            var field = ex.Path is { Length: > 2 } path ? path[2..] : "body";
            throw AppErrorException.InvalidBody(field, $"Invalid value for {field}.");
        }
    }
}
