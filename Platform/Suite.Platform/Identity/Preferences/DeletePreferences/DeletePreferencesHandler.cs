using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.Preferences.DeletePreferences;

internal sealed class DeletePreferencesHandler(PreferenceStore store) : IRequestHandler<DeletePreferencesRequest, Unit>
{
    public async Task<Unit> Handle(DeletePreferencesRequest request, CancellationToken cancellationToken)
    {
        await store.DeleteAsync(request.Preferences, cancellationToken);
        return Unit.Value;
    }
}
