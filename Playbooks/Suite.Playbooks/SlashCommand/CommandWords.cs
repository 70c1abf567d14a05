namespace Suite.Playbooks.SlashCommand;

/// <summary>The arguments of a sub-command, read word by word; what is left keeps its spacing (a status update's text).</summary>
internal sealed class CommandWords(string text)
{
    private string _rest = text.Trim();

    /// <summary>Everything not read yet.</summary>
    public string Rest => _rest;

    public bool IsEmpty => _rest.Length == 0;

    /// <summary>The next word without reading it; empty at the end.</summary>
    public string Peek()
    {
        var end = _rest.IndexOfAny([' ', '\t', '\n']);
        return end < 0 ? _rest : _rest[..end];
    }

    /// <summary>Reads the next word; empty at the end.</summary>
    public string Next()
    {
        var word = Peek();
        _rest = _rest[word.Length..].TrimStart();
        return word;
    }

    /// <summary>Reads the next word as a number; null (and nothing read) when it is not one.</summary>
    public int? NextNumber()
    {
        if (!int.TryParse(Peek(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }

        Next();
        return number;
    }

    /// <summary>How many words are left.</summary>
    public int Count => _rest.Split([' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries).Length;
}
