using System.Text;
using Dynamics.Mailchimp.Solution.Schema;

namespace Dynamics.Mailchimp.Solution.Tests.Schema;

public sealed class EntityXmlReaderTests
{
    private static Stream Xml(string text) => new MemoryStream(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Read_QueueTable_HasKeyNameSetAndTypedColumns()
    {
        // Arrange
        using var stream = File.OpenRead(Path.Combine(RepositoryPaths.SolutionEntities, "dmc_syncqueueitem", "Entity.xml"));

        // Act
        var table = EntityXmlReader.Read(stream, "queue");

        // Assert
        Assert.Equal("dmc_syncqueueitem", table.LogicalName);
        Assert.Equal("dmc_syncqueueitems", table.EntitySetName);
        Assert.Equal("dmc_syncqueueitemid", table.PrimaryIdAttribute);
        Assert.Equal("dmc_name", table.PrimaryNameAttribute);
        Assert.Equal(ColumnType.BigInt, table.Columns["dmc_sequence"].Type);
        Assert.Equal(1048576, table.Columns["dmc_memberids"].MaxLength);
        Assert.Contains(100000000, table.Columns["dmc_state"].OptionValues);
    }

    [Fact]
    public void Read_StateAndStatusOptions_KeepDefaultStatusInvariantNameAndOwningState()
    {
        // Arrange: Microsoft's table references give each state a DefaultStatus and InvariantName, each status reason its State.
        var xml = "<Entity><EntityInfo><entity Name=\"lead\"><attributes>"
            + "<attribute PhysicalName=\"statecode\"><Type>state</Type><LogicalName>statecode</LogicalName><optionset><states>"
            + "<state value=\"0\" defaultstatus=\"1\" invariantname=\"Open\" /><state value=\"2\" defaultstatus=\"4\" invariantname=\"Disqualified\" />"
            + "</states></optionset></attribute>"
            + "<attribute PhysicalName=\"statuscode\"><Type>status</Type><LogicalName>statuscode</LogicalName><optionset><statuses>"
            + "<status value=\"1\" state=\"0\" /><status value=\"4\" state=\"2\" /><status value=\"5\" state=\"2\" />"
            + "</statuses></optionset></attribute></attributes></entity></EntityInfo></Entity>";

        // Act
        var table = EntityXmlReader.Read(Xml(xml), "lead.xml");

        // Assert
        Assert.Equal([new StateOption(0, "Open", 1), new StateOption(2, "Disqualified", 4)], table.Columns["statecode"].States);
        Assert.Equal(2, table.Columns["statuscode"].StatusStates[5]);
        Assert.Equal([0, 2], table.Columns["statecode"].OptionValues);
    }

    [Fact]
    public void Read_AppDefaultValue_MinusOneMeansNoDefaultAndOtherValuesAreKept()
    {
        // Arrange: -1 is how an unpacked solution writes "no default" for a choice (the SDK's DefaultFormValue -1).
        var xml = "<Entity><EntityInfo><entity Name=\"x\"><attributes>"
            + "<attribute PhysicalName=\"a\"><Type>picklist</Type><LogicalName>a</LogicalName><AppDefaultValue>-1</AppDefaultValue></attribute>"
            + "<attribute PhysicalName=\"b\"><Type>picklist</Type><LogicalName>b</LogicalName><AppDefaultValue>100000001</AppDefaultValue></attribute>"
            + "<attribute PhysicalName=\"c\"><Type>bit</Type><LogicalName>c</LogicalName><AppDefaultValue>1</AppDefaultValue></attribute>"
            + "<attribute PhysicalName=\"d\"><Type>nvarchar</Type><LogicalName>d</LogicalName></attribute>"
            + "</attributes></entity></EntityInfo></Entity>";

        // Act
        var table = EntityXmlReader.Read(Xml(xml), "x.xml");

        // Assert
        Assert.Equal([null, 100000001, 1, null], new[] { "a", "b", "c", "d" }.Select(c => table.Columns[c].DefaultValue));
    }

    [Fact]
    public void Read_StateWithoutDefaultStatus_NamesFileAndColumn()
    {
        // Arrange
        var xml = "<Entity><EntityInfo><entity Name=\"x\"><attributes><attribute PhysicalName=\"statecode\"><Type>state</Type><LogicalName>statecode</LogicalName>"
            + "<optionset><states><state value=\"0\" /></states></optionset></attribute></attributes></entity></EntityInfo></Entity>";

        // Act
        var error = Assert.Throws<SchemaSourceException>(() => EntityXmlReader.Read(Xml(xml), "x.xml"));

        // Assert
        Assert.Contains("x.xml", error.Message, StringComparison.Ordinal);
        Assert.Contains("defaultstatus", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ExtendedSystemTable_LowercasesTheName()
    {
        // Arrange
        using var stream = File.OpenRead(Path.Combine(RepositoryPaths.SolutionEntities, "Contact", "Entity.xml"));

        // Act
        var table = EntityXmlReader.Read(stream, "contact");

        // Assert
        Assert.Equal("contact", table.LogicalName);
        Assert.Contains("dmc_mailchimpmemberid", table.Columns.Keys);
        Assert.Null(table.PrimaryIdAttribute);
    }

    [Fact]
    public void Read_UnknownColumnType_NamesFileAndColumn()
    {
        // Arrange
        var xml = "<Entity><EntityInfo><entity Name=\"x\"><attributes><attribute PhysicalName=\"a\"><Type>HierarchyId</Type><LogicalName>a</LogicalName></attribute></attributes></entity></EntityInfo></Entity>";

        // Act
        var error = Assert.Throws<SchemaSourceException>(() => EntityXmlReader.Read(Xml(xml), "bad.xml"));

        // Assert
        Assert.Contains("bad.xml", error.Message);
        Assert.Contains("'a'", error.Message);
        Assert.Contains("HierarchyId", error.Message);
    }

    [Fact]
    public void Read_EntityKeys_KeepNameDisplayNameAndColumnsInOrder()
    {
        // Arrange: the unpacked-solution layout of an alternate key (EntityInfo/entity/EntityKeys/EntityKey).
        var xml = "<Entity><EntityInfo><entity Name=\"x\"><attributes>"
            + "<attribute PhysicalName=\"a\"><Type>nvarchar</Type><LogicalName>a</LogicalName><displaynames><displayname description=\"Column A\" languagecode=\"1033\" /></displaynames></attribute>"
            + "<attribute PhysicalName=\"b\"><Type>int</Type><LogicalName>b</LogicalName></attribute>"
            + "</attributes><EntityKeys><EntityKey><Name>x_ab</Name><LogicalName>x_ab</LogicalName>"
            + "<displaynames><displayname description=\"A and B\" languagecode=\"1033\" /></displaynames>"
            + "<EntityKeyAttributes><AttributeName>b</AttributeName><AttributeName>a</AttributeName></EntityKeyAttributes>"
            + "</EntityKey></EntityKeys></entity></EntityInfo></Entity>";

        // Act
        var table = EntityXmlReader.Read(Xml(xml), "x.xml");

        // Assert
        var key = Assert.Single(table.Keys);
        Assert.Equal(("x_ab", "A and B"), (key.LogicalName, key.DisplayName));
        Assert.Equal(["b", "a"], key.Attributes);
        Assert.Equal("Column A", table.Columns["a"].DisplayName);
        Assert.Null(table.Columns["b"].DisplayName);
    }

    [Fact]
    public void Read_EntityKeyWithoutColumns_NamesFileAndKey()
    {
        // Arrange
        var xml = "<Entity><EntityInfo><entity Name=\"x\"><attributes /><EntityKeys><EntityKey><LogicalName>x_empty</LogicalName>"
            + "<EntityKeyAttributes /></EntityKey></EntityKeys></entity></EntityInfo></Entity>";

        // Act
        var error = Assert.Throws<SchemaSourceException>(() => EntityXmlReader.Read(Xml(xml), "x.xml"));

        // Assert
        Assert.Contains("x.xml", error.Message, StringComparison.Ordinal);
        Assert.Contains("x_empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MalformedXml_NamesFile()
    {
        // Act
        var error = Assert.Throws<SchemaSourceException>(() => EntityXmlReader.Read(Xml("<Entity>"), "broken.xml"));

        // Assert
        Assert.Contains("broken.xml", error.Message);
        Assert.Contains("not well-formed", error.Message);
    }
}
