using FluentValidation;
using Suite.Platform.Mediator;

namespace Suite.Playbooks.Alerts.Sources.UpdateAlertSource;

/// <summary>
/// <c>PUT /alert-sources/{id}</c>: changes the name, the name template or the rules; a field left out
/// stays as it was. The kind, the playbook and the secret do not change here.
/// </summary>
internal sealed record UpdateAlertSourceRequest(string SourceId, string? Name, string? NameTemplate, List<AlertRule>? Rules) : IRequest<AlertSourceView>;

internal sealed record AlertSourceChanges
{
    public string? Name { get; init; }

    public string? NameTemplate { get; init; }

    public List<AlertRule>? Rules { get; init; }
}

internal sealed class UpdateAlertSourceValidator : AbstractValidator<UpdateAlertSourceRequest>
{
    public UpdateAlertSourceValidator()
    {
        When(r => r.Name is not null, () => AlertSourceRules.ValidName(RuleFor(r => r.Name)));
        AlertSourceRules.ValidTemplate(RuleFor(r => r.NameTemplate));
        AlertSourceRules.ValidRules(RuleFor(r => r.Rules));
    }
}

internal sealed class UpdateAlertSourceHandler(AlertSourceAccess access, AlertSourceStore sources, TimeProvider time) : IRequestHandler<UpdateAlertSourceRequest, AlertSourceView>
{
    public async Task<AlertSourceView> Handle(UpdateAlertSourceRequest request, CancellationToken cancellationToken)
    {
        var (source, _) = await access.ManageableAsync(request.SourceId, cancellationToken);
        if (request.Name is not null)
        {
            source.Name = request.Name.Trim();
        }

        if (request.NameTemplate is not null)
        {
            source.NameTemplate = request.NameTemplate.Trim().Length == 0 ? AlertSourceKinds.DefaultNameTemplate(source.Kind) : request.NameTemplate.Trim();
        }

        if (request.Rules is not null)
        {
            source.Rules = request.Rules;
        }

        source.UpdateAt = time.GetUtcNow().ToUnixTimeMilliseconds();
        await sources.SaveAsync(source, cancellationToken);
        return AlertSourceView.Of(source);
    }
}
