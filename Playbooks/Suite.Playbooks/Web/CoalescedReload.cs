namespace Suite.Playbooks.Web;

/// <summary>
/// A screen's reload on run events: a burst of events (an alert storm, a hundred ticks) reads the data once
/// more after the read in progress instead of once per event. Used on the component's turn only.
/// </summary>
internal sealed class CoalescedReload(Func<Task> reload)
{
    private bool _reading;
    private bool _readAgain;

    public async Task RequestAsync()
    {
        if (_reading)
        {
            _readAgain = true;
            return;
        }

        _reading = true;
        try
        {
            do
            {
                _readAgain = false;
                await reload();
            }
            while (_readAgain);
        }
        finally
        {
            _reading = false;
        }
    }
}
