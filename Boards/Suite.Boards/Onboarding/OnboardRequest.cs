using Suite.Boards.Api;
using Suite.Boards.Duplication.DuplicateBoard;
using Suite.Boards.Members;
using Suite.Boards.Templates;
using Suite.Boards.Users;
using Suite.Platform.Identity;
using Suite.Platform.Mediator;

namespace Suite.Boards.Onboarding;

/// <summary>
/// <c>POST /teams/{teamID}/onboard</c> (Focalboard's <c>PrepareOnboardingTour</c>): a private copy of the
/// "Welcome to Boards!" template in the team for the caller, and the tour's settings set to its first step;
/// answers <c>{teamID, boardID}</c>. Team members only, not guests.
/// </summary>
internal sealed record OnboardRequest(string TeamId) : IRequest<OnboardingAnswer>;

internal sealed record OnboardingAnswer(
    [property: System.Text.Json.Serialization.JsonPropertyName("teamID")] string TeamId,
    [property: System.Text.Json.Serialization.JsonPropertyName("boardID")] string BoardId);

internal sealed class OnboardHandler(ISender sender, TeamGate gate, UserConfigs configs, ICurrentUser user) : IRequestHandler<OnboardRequest, OnboardingAnswer>
{
    public const string WelcomeBoardTitle = "Welcome to Boards!";

    public async Task<OnboardingAnswer> Handle(OnboardRequest request, CancellationToken cancellationToken)
    {
        var actor = Actor.Of(user);
        const string refusal = "access denied to create board";
        await gate.RequireMemberAsync(request.TeamId, actor, cancellationToken, refusal);
        var me = await sender.Send(new GetUsersByIdsRequest([actor.UserId]), cancellationToken);
        if (me.Count == 0 || BoardsUser.IsGuestRole(me[0].Roles))
        {
            throw BoardsErrors.Forbidden(refusal);
        }

        var welcome = TemplateCatalog.All().Single(t => t.Board.Title == WelcomeBoardTitle).Board.Id;
        var copy = await sender.Send(new DuplicateBoardRequest(welcome, AsTemplate: false, request.TeamId), cancellationToken);
        await configs.ChangeAsync(actor.UserId, values =>
        {
            values["onboardingTourStarted"] = "1";
            values["onboardingTourStep"] = "0";
            values["tourCategory"] = "onboarding";
        }, cancellationToken);
        return new OnboardingAnswer(request.TeamId, copy.Boards[0].Id);
    }
}
