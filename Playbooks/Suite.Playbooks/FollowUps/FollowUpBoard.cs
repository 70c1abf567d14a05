using Suite.Boards.Contracts;
using Suite.Platform.Errors;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;
using Suite.Playbooks.Playbooks;

namespace Suite.Playbooks.FollowUps;

/// <summary>Checks the board a playbook names for its follow-ups: Boards must be enabled, the board in the playbook's team and open to the editor's cards.</summary>
internal sealed class FollowUpBoard(ISender sender, ICurrentUser user)
{
    public const string BoardsDisabled = "Boards is not enabled on this server, so follow-ups cannot become cards: enable the Boards module or clear follow_ups_board_id.";

    public async Task CheckAsync(Playbook playbook, Playbook? before, CancellationToken cancellationToken)
    {
        if (playbook.FollowUpsBoardId.Length == 0 || playbook.FollowUpsBoardId == before?.FollowUpsBoardId)
        {
            return;
        }

        BoardInfo board;
        try
        {
            board = await sender.Send(new GetBoard(playbook.FollowUpsBoardId, user.UserId), cancellationToken);
        }
        catch (AppErrorException ex)
        {
            throw AppErrorException.InvalidBody("follow_ups_board_id", Explain(ex));
        }

        if (board.TeamId != playbook.TeamId || !board.CanCreateCards)
        {
            throw AppErrorException.InvalidBody("follow_ups_board_id", "The follow-ups board must be in the playbook's team and you must be able to add cards to it.");
        }
    }

    /// <summary>Why Boards refused, in words for the playbook's editors.</summary>
    public static string Explain(AppErrorException ex) => ex.Error.StatusCode switch
    {
        501 => BoardsDisabled,
        404 => "The follow-ups board does not exist any more.",
        403 => "The follow-ups board does not let this person add cards.",
        _ => ex.Error.Message + " " + ex.Error.DetailedError,
    };
}
