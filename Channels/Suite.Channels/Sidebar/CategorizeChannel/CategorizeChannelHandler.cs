using FluentValidation;
using Suite.Channels.Channels;
using Suite.Platform;
using Suite.Platform.Mediator;

namespace Suite.Channels.Sidebar.CategorizeChannel;

internal sealed class CategorizeChannelValidator : AbstractValidator<Contracts.CategorizeChannel>
{
    public CategorizeChannelValidator()
    {
        RuleFor(r => r.UserId).Must(Ids.IsValid).WithMessage("must be a valid id.");
        RuleFor(r => r.ChannelId).Must(Ids.IsValid).WithMessage("must be a valid id.");
        RuleFor(r => r.CategoryName).Must(n => n.Trim().Length > 0).WithMessage("must not be empty.").MaximumLength(CategoryTypes.MaxDisplayNameLength);
    }
}

internal sealed class CategorizeChannelHandler(ChannelStore channels, SidebarStore store, SidebarEvents events) : IRequestHandler<Contracts.CategorizeChannel, string>
{
    public async Task<string> Handle(Contracts.CategorizeChannel request, CancellationToken cancellationToken)
    {
        var channel = await channels.FindAsync(request.ChannelId, cancellationToken);
        if (channel is null || channel.TeamId.Length == 0
            || !(await store.PlaceableChannelIdsAsync(request.UserId, channel.TeamId, cancellationToken)).Contains(channel.Id))
        {
            return "";
        }

        var name = request.CategoryName.Trim();
        var sidebar = await store.GetAllAsync(request.UserId, channel.TeamId, cancellationToken);
        var existing = sidebar.Categories.FirstOrDefault(c => string.Equals(c.DisplayName, name, StringComparison.OrdinalIgnoreCase));
        if (existing is null)
        {
            var created = await store.CreateAsync(
                request.UserId,
                channel.TeamId,
                new SidebarCategory { Id = "", UserId = request.UserId, TeamId = channel.TeamId, Type = CategoryTypes.Custom, DisplayName = name, ChannelIds = [channel.Id] },
                cancellationToken);
            await events.CreatedAsync(request.UserId, channel.TeamId, created.Id, cancellationToken);
            return created.Id;
        }

        if (!existing.ChannelIds.Contains(channel.Id))
        {
            var changed = await store.MoveChannelAsync(request.UserId, channel.TeamId, existing.Id, channel.Id, cancellationToken);
            await events.UpdatedAsync(request.UserId, channel.TeamId, changed, cancellationToken);
        }

        return existing.Id;
    }
}
