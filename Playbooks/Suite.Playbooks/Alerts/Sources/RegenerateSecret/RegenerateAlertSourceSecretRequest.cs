using Suite.Platform.Mediator;

namespace Suite.Playbooks.Alerts.Sources.RegenerateSecret;

/// <summary><c>POST /alert-sources/{id}/regenerate-secret</c>: a new secret, shown once in the answer's address; the old address stops working.</summary>
internal sealed record RegenerateAlertSourceSecretRequest(string SourceId, string BaseUrl) : IRequest<AlertSourceView>;

internal sealed class RegenerateAlertSourceSecretHandler(AlertSourceAccess access, AlertSourceStore sources, TimeProvider time)
    : IRequestHandler<RegenerateAlertSourceSecretRequest, AlertSourceView>
{
    public async Task<AlertSourceView> Handle(RegenerateAlertSourceSecretRequest request, CancellationToken cancellationToken)
    {
        var (source, _) = await access.ManageableAsync(request.SourceId, cancellationToken);
        var secret = AlertSourceSecrets.New();
        source.SecretHash = AlertSourceSecrets.Hash(secret);
        source.UpdateAt = time.GetUtcNow().ToUnixTimeMilliseconds();
        await sources.SaveAsync(source, cancellationToken);
        return AlertSourceView.WithSecret(source, secret, request.BaseUrl);
    }
}
