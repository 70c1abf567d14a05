using FluentValidation;
using Suite.Platform;
using Suite.Platform.Mediator;
using Suite.Playbooks.Playbooks;

namespace Suite.Playbooks.Alerts.Sources.GetAlertSources;

/// <summary><c>GET /alert-sources?playbook_id=</c>: a playbook's sources, oldest first, for people who may edit it.</summary>
internal sealed record GetAlertSourcesRequest(string PlaybookId) : IRequest<IReadOnlyList<AlertSourceView>>;

internal sealed class GetAlertSourcesValidator : AbstractValidator<GetAlertSourcesRequest>
{
    public GetAlertSourcesValidator() => RuleFor(r => r.PlaybookId).Must(Ids.IsValid).WithMessage("must be a valid id.").OverridePropertyName("playbook_id");
}

internal sealed class GetAlertSourcesHandler(PlaybookAccess playbooks, AlertSourceStore sources) : IRequestHandler<GetAlertSourcesRequest, IReadOnlyList<AlertSourceView>>
{
    public async Task<IReadOnlyList<AlertSourceView>> Handle(GetAlertSourcesRequest request, CancellationToken cancellationToken)
    {
        var playbook = await playbooks.EditableAsync(request.PlaybookId, cancellationToken);
        return (await sources.ForPlaybookAsync(playbook.Id, cancellationToken)).Select(AlertSourceView.Of).ToList();
    }
}

/// <summary><c>GET /alert-sources/{id}</c>.</summary>
internal sealed record GetAlertSourceRequest(string SourceId) : IRequest<AlertSourceView>;

internal sealed class GetAlertSourceHandler(AlertSourceAccess access) : IRequestHandler<GetAlertSourceRequest, AlertSourceView>
{
    public async Task<AlertSourceView> Handle(GetAlertSourceRequest request, CancellationToken cancellationToken) =>
        AlertSourceView.Of((await access.ManageableAsync(request.SourceId, cancellationToken)).Source);
}
