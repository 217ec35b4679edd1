using Spectre.Console;

namespace Dynamics.Mailchimp.Cli.Tests.Support;

/// <summary>A plain, wide Spectre console writing to a string.</summary>
internal static class TestConsole
{
    public static (IAnsiConsole Console, ConcurrentStringWriter Output) Create()
    {
        var output = new ConcurrentStringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = 240;
        return (console, output);
    }
}
