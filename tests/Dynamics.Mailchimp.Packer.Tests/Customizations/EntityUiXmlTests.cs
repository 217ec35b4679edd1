using System.Xml.Linq;
using Dynamics.Mailchimp.Packer.Customizations;
using Dynamics.Mailchimp.Packer.Tests.Support;
using Dynamics.Mailchimp.Solution.Schema;

namespace Dynamics.Mailchimp.Packer.Tests.Customizations;

/// <summary>
/// The connector's views and form, packed into their tables' Entity elements. Layout and element set follow exported
/// solutions (microsoft/coe-starter-kit CenterofExcellenceCoreComponents/SolutionPackage/src/Entities/admin_Flow/
/// SavedQueries/{1471c348-7b87-e911-a856-000d3a372932}.xml and FormXml/main/{1e9a3577-99f5-477a-82fd-736255a3ff9d}.xml);
/// XSD validity is checked on the whole customizations.xml by <see cref="CustomizationsSchemaTests"/>.
/// </summary>
public sealed class EntityUiXmlTests
{
    private const string FailedState = "100000003";
    private static readonly SchemaCatalog Schema = SchemaCatalog.FromSolution();

    [Fact]
    public void Attach_QueueTable_AddsTheFailedRowsViewWithTheErrorText()
    {
        // Arrange
        var entity = new XElement("Entity");

        // Act
        EntityUiXml.Attach(entity, Folder("dmc_syncqueueitem"));

        // Assert: the view filters on state Failed (the option the table declares as "Failed"), newest first, and shows the error.
        var view = View(entity, "Failed Queue Rows");
        var condition = view.Descendants("condition").Single();
        Assert.Equal(("dmc_state", "eq", FailedState), ((string)condition.Attribute("attribute")!, (string)condition.Attribute("operator")!, (string)condition.Attribute("value")!));
        Assert.Contains(int.Parse(FailedState, System.Globalization.CultureInfo.InvariantCulture), Schema.GetTable("dmc_syncqueueitem").Columns["dmc_state"].OptionValues);
        Assert.Contains(view.Descendants("cell"), c => (string?)c.Attribute("name") == "dmc_lasterror");
        Assert.Equal("true", (string?)view.Descendants("order").Single().Attribute("descending"));
    }

    [Fact]
    public void Attach_ConsentTable_AddsTheLast30DaysNewestFirstView()
    {
        // Arrange
        var entity = new XElement("Entity");

        // Act
        EntityUiXml.Attach(entity, Folder("dmc_consentevent"));

        // Assert: FetchXML's last-x-days operator on the event time, ordered by it, descending.
        var view = View(entity, "Recent Consent Changes");
        var condition = view.Descendants("condition").Single();
        Assert.Equal(("dmc_occurredon", "last-x-days", "30"), ((string)condition.Attribute("attribute")!, (string)condition.Attribute("operator")!, (string)condition.Attribute("value")!));
        var order = view.Descendants("order").Single();
        Assert.Equal(("dmc_occurredon", "true"), ((string)order.Attribute("attribute")!, (string)order.Attribute("descending")!));
    }

    [Fact]
    public void Attach_ListTable_AddsAMainFormWithEveryConnectorColumn()
    {
        // Arrange
        var entity = new XElement("Entity");
        var connectorColumns = Schema.GetTable("list").Columns.Keys.Where(c => c.StartsWith("dmc_", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

        // Act
        EntityUiXml.Attach(entity, Folder("List"));

        // Assert
        var forms = entity.Element("FormXml")!.Elements("forms").Single();
        Assert.Equal("main", (string?)forms.Attribute("type"));
        var fields = forms.Descendants("control").Select(c => (string)c.Attribute("datafieldname")!).ToList();
        Assert.Equal(connectorColumns, fields.Where(f => f.StartsWith("dmc_", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Attach_EveryViewAndForm_NamesOnlyColumnsItsTableHas()
    {
        // Arrange: the platform's own columns (createdon, modifiedon, …) and the base list's name are not in solution/src.
        var platform = new[] { "createdon", "modifiedon", "listname" };

        foreach (var folder in Directory.EnumerateDirectories(Path.Combine(RepositoryFiles.SolutionFolder, "Entities")))
        {
            var entity = EntityUiXml.Attach(new XElement("Entity"), folder);
            var table = Schema.GetTable(Path.GetFileName(folder).ToLowerInvariant());

            // Act
            var names = entity.Descendants("attribute").Select(a => (string?)a.Attribute("name"))
                .Concat(entity.Descendants("cell").Select(c => (string?)c.Attribute("name")))
                .Concat(entity.Descendants("control").Select(c => (string?)c.Attribute("datafieldname")))
                .OfType<string>()
                .Distinct();

            // Assert
            Assert.All(names, n => Assert.True(table.Columns.ContainsKey(n) || platform.Contains(n) || n == table.LogicalName + "id", $"{table.LogicalName} has no column {n}"));
        }
    }

    [Fact]
    public void Attach_FileNotNamedAfterItsId_IsRefused()
    {
        // Arrange
        using var source = new TempFolder();
        var views = Directory.CreateDirectory(Path.Combine(source.Path, EntityUiXml.SavedQueriesFolder)).FullName;
        File.WriteAllText(Path.Combine(views, "{11111111-1111-1111-1111-111111111111}.xml"), "<savedqueries><savedquery><savedqueryid>{22222222-2222-2222-2222-222222222222}</savedqueryid></savedquery></savedqueries>");

        // Act
        var error = Assert.Throws<PackSourceException>(() => EntityUiXml.Attach(new XElement("Entity"), source.Path));

        // Assert
        Assert.Contains("savedqueryid", error.Message, StringComparison.Ordinal);
    }

    private static string Folder(string table) => Path.Combine(RepositoryFiles.SolutionFolder, "Entities", table);

    private static XElement View(XElement entity, string name) =>
        entity.Element("SavedQueries")!.Element("savedqueries")!.Elements("savedquery")
            .Single(v => v.Descendants("LocalizedName").Any(l => (string?)l.Attribute("description") == name));
}
