using Spectre.Console;

namespace Dynamics.Mailchimp.Benchmarks.Webhooks;

/// <summary>A console that keeps what a dmc verb prints, for reading its <c>--json</c> report.</summary>
public sealed class QuietConsole
{
    private readonly StringWriter writer = new();

    /// <summary>Initializes a new instance of the <see cref="QuietConsole"/> class.</summary>
    public QuietConsole() => Console = AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Out = new AnsiConsoleOutput(TextWriter.Synchronized(writer)) });

    /// <summary>Gets the console.</summary>
    public IAnsiConsole Console { get; }

    /// <summary>Gets what was printed.</summary>
    public string Text => writer.ToString();
}
