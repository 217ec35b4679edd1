using Spectre.Console;

namespace Dynamics.Mailchimp.Cli.Commands.Demo;

/// <summary>
/// One table of the demo's report: a Spectre.Console table on a terminal, and plain lines (<c>cell | cell</c>, one per
/// row, under a <c>== title</c> line) when the output is redirected, so a log or a pipe gets whole lines.
/// </summary>
/// <param name="Title">The title.</param>
/// <param name="Headers">The column headers; the columns after the first are numbers, right-aligned.</param>
/// <param name="Rows">The rows, each as long as <paramref name="Headers"/>.</param>
public sealed record DemoTable(string Title, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    /// <summary>Writes the table.</summary>
    /// <param name="console">Where.</param>
    public void Write(IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        if (!console.Profile.Out.IsTerminal)
        {
            var writer = console.Profile.Out.Writer;
            writer.WriteLine("== " + Title);
            foreach (var line in Rows.Prepend(Headers))
            {
                writer.WriteLine(string.Join(" | ", line));
            }

            writer.Flush();
            return;
        }

        var table = new Table().Title(Markup.Escape(Title)).AddColumn(Markup.Escape(Headers[0]));
        foreach (var header in Headers.Skip(1))
        {
            table.AddColumn(new TableColumn(Markup.Escape(header)).RightAligned());
        }

        foreach (var row in Rows)
        {
            table.AddRow(row.Select(Markup.Escape).ToArray());
        }

        console.Write(table);
    }
}
