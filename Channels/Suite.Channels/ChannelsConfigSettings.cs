using Suite.Platform.Configuration;

namespace Suite.Channels;

/// <summary>The Channels settings a system admin may change through <c>PUT /api/v4/config</c>, by Mattermost's names.</summary>
internal static class ChannelsConfigSettings
{
    public static readonly ConfigSetting[] All =
    [
        new("ServiceSettings", "SiteURL", "Suite:Integrations:SiteUrl", ConfigValueKind.Text, "") { Client = ClientExposure.Everyone },
        new("ServiceSettings", "EnableIncomingWebhooks", "Suite:Integrations:EnableIncomingWebhooks", ConfigValueKind.Boolean, "true") { Client = ClientExposure.SignedIn },
        new("ServiceSettings", "EnableOutgoingWebhooks", "Suite:Integrations:EnableOutgoingWebhooks", ConfigValueKind.Boolean, "true") { Client = ClientExposure.SignedIn },
        new("ServiceSettings", "EnableCommands", "Suite:Integrations:EnableCommands", ConfigValueKind.Boolean, "true") { Client = ClientExposure.SignedIn },
        new("ServiceSettings", "EnablePostUsernameOverride", "Suite:Integrations:EnablePostUsernameOverride", ConfigValueKind.Boolean, "false") { Client = ClientExposure.SignedIn },
        new("ServiceSettings", "EnablePostIconOverride", "Suite:Integrations:EnablePostIconOverride", ConfigValueKind.Boolean, "false") { Client = ClientExposure.SignedIn },
        new("SupportSettings", "HelpLink", "Suite:Integrations:HelpLink", ConfigValueKind.Text, "") { Client = ClientExposure.Everyone },
        new("TeamSettings", "SiteName", "Suite:Email:SiteName", ConfigValueKind.Text, "Suite") { Client = ClientExposure.Everyone, AppliesWithoutRestart = false },
        new("EmailSettings", "SendEmailNotifications", "Suite:Email:SendEmailNotifications", ConfigValueKind.Boolean, "true") { Client = ClientExposure.SignedIn, AppliesWithoutRestart = false },
        new("EmailSettings", "SendPushNotifications", "Suite:Email:SendPushNotifications", ConfigValueKind.Boolean, "true") { Client = ClientExposure.SignedIn, AppliesWithoutRestart = false },
        new("EmailSettings", "EnableEmailBatching", "Suite:Email:EnableEmailBatching", ConfigValueKind.Boolean, "false") { Client = ClientExposure.SignedIn, AppliesWithoutRestart = false },
        new("EmailSettings", "SMTPServer", "Suite:Email:SMTPServer", ConfigValueKind.Text, "") { AppliesWithoutRestart = false },
        new("EmailSettings", "SMTPPort", "Suite:Email:SMTPPort", ConfigValueKind.WholeNumber, "25") { Minimum = 1, Maximum = 65535, AppliesWithoutRestart = false },
        new("EmailSettings", "FeedbackEmail", "Suite:Email:FeedbackEmail", ConfigValueKind.Text, "") { AppliesWithoutRestart = false },
        new("EmailSettings", "FeedbackName", "Suite:Email:FeedbackName", ConfigValueKind.Text, "Suite") { AppliesWithoutRestart = false },
        new("FileSettings", "MaxFileSize", "Suite:Files:MaxFileSizeBytes", ConfigValueKind.WholeNumber, "104857600")
        {
            Client = ClientExposure.SignedIn, Minimum = 1, AppliesWithoutRestart = false,
        },
    ];
}
