using Suite.Channels.Web;

namespace Suite.Channels.Internals.Tests;

public sealed class EmojiTests
{
    [TestCase("+1", ExpectedResult = "👍")]
    [TestCase("thumbsup", ExpectedResult = "👍")]
    [TestCase("rocket", ExpectedResult = "🚀")]
    [TestCase("white_check_mark", ExpectedResult = "✅")]
    [TestCase("party_parrot", ExpectedResult = ":party_parrot:")]
    public string Show_ByMattermostName_IsTheEmojiOrTheNameInColons(string name) => Emoji.Show(name);

    [Test]
    public void Common_EveryPickerEmoji_ShowsAsItsCharacter()
    {
        Assert.That(Emoji.Common.Select(e => Emoji.Show(e.Name)), Is.EqualTo(Emoji.Common.Select(e => e.Character)));
        Assert.That(Emoji.Common.Select(e => e.Name), Is.Unique);
    }
}
