using System.Text.Json;
using Suite.Channels.Channels;
using Suite.Platform;
using Suite.Platform.Commands;
using Suite.Platform.Errors;
using Suite.Platform.Mediator;

namespace Suite.Channels.Integrations.Commands.ExecuteCommand;

internal sealed class ExecuteCommandHandler(
    ChannelAccess access, IEnumerable<ISlashCommand> builtIns, CommandStore commands, CustomCommandCaller caller, CommandReplies replies, IntegrationsOptions options)
    : IRequestHandler<ExecuteCommandRequest, CommandResponseBody>
{
    public async Task<CommandResponseBody> Handle(ExecuteCommandRequest request, CancellationToken cancellationToken)
    {
        if (!options.EnableCommands)
        {
            throw IntegrationErrors.CommandsDisabled();
        }

        var (channel, member) = await access.MembershipAsync(request.ChannelId, cancellationToken);
        var text = request.Command.Trim();
        var split = text.IndexOfAny([' ', '\n']);
        var trigger = (split < 0 ? text[1..] : text[1..split]).ToLowerInvariant();
        var rest = split < 0 ? "" : text[(split + 1)..].Trim();
        var teamId = channel.TeamId.Length > 0 ? channel.TeamId : request.TeamId;
        var rootId = request.RootId.Length > 0 ? request.RootId : request.ParentId;

        if (builtIns.FirstOrDefault(c => c.Trigger == trigger) is { } builtIn)
        {
            var args = new SlashCommandArgs { UserId = member.UserId, ChannelId = channel.Id, TeamId = teamId, RootId = rootId, Command = text, Text = rest, TriggerId = Ids.New() };
            var result = await builtIn.ExecuteAsync(args, cancellationToken);
            var response = new CommandResponseBody
            {
                ResponseType = result.ResponseType,
                Text = result.Text,
                Type = result.Type,
                GotoLocation = result.GotoLocation,
                SkipSlackParsing = result.SkipSlackParsing,
                Attachments = result.AttachmentsJson is null ? null : JsonDocument.Parse(result.AttachmentsJson).RootElement.Clone(),
            };
            await replies.ApplyAsync(response, channel, member.UserId, rootId, custom: null, cancellationToken);
            return response;
        }

        var command = teamId.Length == 0 ? null : await commands.FindByTriggerAsync(teamId, trigger, cancellationToken);
        if (command is null)
        {
            throw new AppErrorException(404, "api.command.execute_command.not_found.app_error", $"Command with a trigger of '/{trigger}' not found.");
        }

        var answer = await caller.CallAsync(command, channel, member.UserId, rest, rootId, cancellationToken);
        await replies.ApplyAsync(answer, channel, member.UserId, rootId, command, cancellationToken);
        return answer;
    }
}
