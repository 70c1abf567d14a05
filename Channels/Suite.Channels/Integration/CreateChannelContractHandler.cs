using Suite.Channels.Channels;
using Suite.Channels.Contracts;
using Suite.Platform;
using Suite.Platform.Errors;
using Suite.Platform.Mediator;
using Suite.Platform.Teams;

namespace Suite.Channels.Integration;

/// <summary>Handles <see cref="CreateChannel"/> for other modules.</summary>
internal sealed class CreateChannelContractHandler(ChannelCreation creation, ChannelStore store, ITeamMembership teams) : IRequestHandler<CreateChannel, ChannelInfo>
{
    public async Task<ChannelInfo> Handle(CreateChannel request, CancellationToken cancellationToken)
    {
        if (!Ids.IsValid(request.TeamId) || !Ids.IsValid(request.CreatorId) || !ChannelNames.IsValidName(request.Name)
            || request.Type is not (ChannelTypes.Open or ChannelTypes.Private)
            || string.IsNullOrWhiteSpace(request.DisplayName) || ChannelNames.RuneLength(request.DisplayName) > ChannelNames.MaxDisplayNameLength
            || ChannelNames.RuneLength(request.Purpose) > ChannelNames.MaxPurposeLength || ChannelNames.RuneLength(request.Header) > ChannelNames.MaxHeaderLength)
        {
            throw AppErrorException.InvalidBody("channel");
        }

        if (await teams.GetRoleAsync(request.TeamId, request.CreatorId, cancellationToken) is null)
        {
            throw AppErrorException.Forbidden("The creator must be a member of the team.");
        }

        var channel = await creation.CreateAsync(
            request.TeamId, request.Type, request.Name, request.DisplayName, request.Purpose, request.Header, request.CreatorId, cancellationToken);
        if (channel is null)
        {
            channel = request.ReturnExisting ? await store.FindByNameAsync(request.TeamId, request.Name, cancellationToken) : null;
            if (channel is null)
            {
                throw ChannelErrors.NameTaken();
            }
        }

        return ContractMapping.ToInfo(channel);
    }
}
