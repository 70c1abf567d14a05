using System.Text.Json.Serialization;
using FluentValidation;
using Suite.Platform;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;
using Suite.Playbooks.Playbooks;

namespace Suite.Playbooks.Alerts.Sources.CreateAlertSource;

/// <summary><c>POST /alert-sources</c>: a new source for a playbook the caller may edit; the answer shows its address once.</summary>
internal sealed record CreateAlertSourceRequest : IRequest<AlertSourceView>
{
    public string PlaybookId { get; init; } = "";

    public string Kind { get; init; } = "";

    public string Name { get; init; } = "";

    public string? NameTemplate { get; init; }

    public List<AlertRule>? Rules { get; init; }

    /// <summary>The scheme and host the address is built on; set by the endpoint, never read from the body.</summary>
    [JsonIgnore]
    public string BaseUrl { get; init; } = "";
}

internal sealed class CreateAlertSourceValidator : AbstractValidator<CreateAlertSourceRequest>
{
    public CreateAlertSourceValidator()
    {
        RuleFor(r => r.PlaybookId).Must(Ids.IsValid).WithMessage("must be a valid id.");
        RuleFor(r => r.Kind).Must(k => AlertSourceKinds.All.Contains(k)).WithMessage($"must be one of {string.Join(", ", AlertSourceKinds.All)}.");
        AlertSourceRules.ValidName(RuleFor(r => r.Name));
        AlertSourceRules.ValidTemplate(RuleFor(r => r.NameTemplate));
        AlertSourceRules.ValidRules(RuleFor(r => r.Rules));
    }
}

internal sealed class CreateAlertSourceHandler(PlaybookAccess playbooks, AlertSourceStore sources, ICurrentUser user, TimeProvider time, AlertsOptions options)
    : IRequestHandler<CreateAlertSourceRequest, AlertSourceView>
{
    public async Task<AlertSourceView> Handle(CreateAlertSourceRequest request, CancellationToken cancellationToken)
    {
        var playbook = await playbooks.EditableAsync(request.PlaybookId, cancellationToken);
        if (playbook.DeleteAt != 0)
        {
            throw PlaybookErrors.Archived();
        }

        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var secret = AlertSourceSecrets.New();
        var source = new AlertSource
        {
            Id = Ids.New(),
            PlaybookId = playbook.Id,
            TeamId = playbook.TeamId,
            Kind = request.Kind,
            Name = request.Name.Trim(),
            NameTemplate = string.IsNullOrWhiteSpace(request.NameTemplate) ? AlertSourceKinds.DefaultNameTemplate(request.Kind) : request.NameTemplate.Trim(),
            Rules = request.Rules ?? [],
            CreatorId = user.UserId,
            CreateAt = now,
            UpdateAt = now,
            SecretHash = AlertSourceSecrets.Hash(secret),
        };
        await sources.SaveAsync(source, cancellationToken);
        return AlertSourceView.WithSecret(source, secret, options.SiteUrl.Length > 0 ? options.SiteUrl.TrimEnd('/') : request.BaseUrl);
    }
}
