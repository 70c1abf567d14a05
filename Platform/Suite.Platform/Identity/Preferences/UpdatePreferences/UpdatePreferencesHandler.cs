using Suite.Platform.Mediator;

namespace Suite.Platform.Identity.Preferences.UpdatePreferences;

internal sealed class UpdatePreferencesHandler(PreferenceStore store) : IRequestHandler<UpdatePreferencesRequest, Unit>
{
    public async Task<Unit> Handle(UpdatePreferencesRequest request, CancellationToken cancellationToken)
    {
        // The same preference twice: the last one wins, as if they were saved one after the other.
        var latest = request.Preferences.GroupBy(p => (p.Category, p.Name)).Select(g => g.Last()).ToList();
        await store.SaveAsync(latest, cancellationToken);
        return Unit.Value;
    }
}
