using Dynamics.Mailchimp.Solution.Schema;

namespace Dynamics.Mailchimp.Solution.Tests.Schema;

public sealed class SchemaCatalogTests
{
    [Fact]
    public void FromSolution_EmbeddedSource_MatchesTheFolderOnDisk()
    {
        // Act
        var embedded = SchemaCatalog.FromSolution();
        var onDisk = SchemaCatalog.FromFolder(RepositoryPaths.SolutionEntities);

        // Assert
        Assert.Equal(onDisk.Tables.Keys.Order(), embedded.Tables.Keys.Order());
        foreach (var (name, table) in onDisk.Tables)
        {
            Assert.Equal(table.Columns.Keys.Order(), embedded.Tables[name].Columns.Keys.Order());
        }
    }

    [Fact]
    public void Merge_SameTableTwice_ExtendsColumnsAndKeepsKeys()
    {
        // Arrange
        var baseTable = new TableDefinition("contact", "contacts", 2, new Dictionary<string, ColumnDefinition>
        {
            ["contactid"] = new("contactid", ColumnType.PrimaryKey, null, [], [], true),
        });
        var extension = new TableDefinition("contact", null, null, new Dictionary<string, ColumnDefinition>
        {
            ["dmc_x"] = new("dmc_x", ColumnType.String, 10, [], [], false),
        });

        // Act
        var merged = SchemaCatalog.FromTables([baseTable]).Merge(SchemaCatalog.FromTables([extension]));

        // Assert
        var contact = merged.GetTable("contact");
        Assert.Equal("contacts", contact.EntitySetName);
        Assert.Equal("contactid", contact.PrimaryIdAttribute);
        Assert.Contains("dmc_x", contact.Columns.Keys);
    }

    [Fact]
    public void Merge_ExtensionDeclaringKeys_AddsThemAndReplacesAKeyOfTheSameName()
    {
        // Arrange
        var columns = new Dictionary<string, ColumnDefinition>
        {
            ["a"] = new("a", ColumnType.String, 10, [], [], false),
            ["b"] = new("b", ColumnType.String, 10, [], [], false),
        };
        var baseTable = new TableDefinition("x", "xs", null, columns) { Keys = [new("x_a", "A", ["a"]), new("x_b", "B", ["b"])] };
        var extension = new TableDefinition("x", null, null, new Dictionary<string, ColumnDefinition>()) { Keys = [new("x_a", "A and B", ["a", "b"])] };

        // Act
        var merged = SchemaCatalog.FromTables([baseTable]).Merge(SchemaCatalog.FromTables([extension])).GetTable("x");

        // Assert
        Assert.Equal(["x_b", "x_a"], merged.Keys.Select(k => k.LogicalName));
        Assert.Equal(["a", "b"], merged.Keys.Single(k => k.LogicalName == "x_a").Attributes);
    }

    [Fact]
    public void GetTable_Unknown_NamesTheTableAndTheKnownOnes()
    {
        // Arrange
        var catalog = SchemaCatalog.FromSolution();

        // Act
        var error = Assert.Throws<KeyNotFoundException>(() => catalog.GetTable("opportunity"));

        // Assert
        Assert.Contains("'opportunity'", error.Message);
        Assert.Contains("dmc_syncqueueitem", error.Message);
    }
}
