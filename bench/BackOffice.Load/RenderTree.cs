using System.Buffers.Binary;
using System.Text;

namespace BackOffice.Load;

/// <summary>One node of the client's copy of the page: an element, a text, a markup block or a component.</summary>
public sealed class Node
{
    public required NodeKind Kind { get; init; }
    public string? Tag { get; init; }
    public string? Text { get; set; }
    public int ComponentId { get; init; }
    public Node? Parent { get; set; }
    public List<Node> Children { get; } = [];
    public Dictionary<string, string?> Attributes { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, long> Events { get; } = new(StringComparer.Ordinal);

    public string? Attribute(string name) => Attributes.GetValueOrDefault(name);

    public IEnumerable<Node> Descendants()
    {
        foreach (var child in Children)
        {
            yield return child;
            foreach (var d in child.Descendants()) yield return d;
        }
    }

    public string InnerText()
    {
        var text = new StringBuilder();
        foreach (var d in Descendants())
            if (d.Kind is NodeKind.Text or NodeKind.Markup) text.Append(d.Text);
        return text.ToString();
    }
}

public enum NodeKind { Element, Text, Markup, Component }

/// <summary>
/// Applies the server's render batches (the binary format blazor.web.js reads) to a tree of <see cref="Node"/>s,
/// as the browser applies them to its DOM: enough to find a button by its test id or text and the event handler
/// id to send when "clicking" it. Nothing is drawn.
/// </summary>
public sealed class RenderTree
{
    private const int FrameElement = 1, FrameText = 2, FrameAttribute = 3, FrameComponent = 4, FrameRegion = 5, FrameMarkup = 8;
    private const int EditPrepend = 1, EditRemove = 2, EditSetAttribute = 3, EditRemoveAttribute = 4, EditUpdateText = 5,
        EditStepIn = 6, EditStepOut = 7, EditUpdateMarkup = 8, EditPermutationEntry = 9, EditPermutationEnd = 10;

    private readonly Dictionary<int, Node> _components = [];

    public long BatchesApplied { get; private set; }

    /// <summary>Components with no parent in the tree: the root components the circuit attached.</summary>
    public IEnumerable<Node> Roots => _components.Values.Where(c => c.Parent is null);

    public IEnumerable<Node> All() => Roots.SelectMany(r => r.Descendants().Prepend(r));

    public void Apply(byte[] batch)
    {
        var b = new Batch(batch);
        var updated = b.Int(batch.Length - 20);
        var frames = b.Int(batch.Length - 16) + 4;
        var updatedCount = b.Int(updated);
        for (var i = 0; i < updatedCount; i++)
        {
            var diff = b.Int(updated + 4 + 4 * i);
            var component = Component(b.Int(diff));
            var editCount = b.Int(diff + 4);
            ApplyEdits(b, component, diff + 8, editCount, frames);
        }
        var disposed = b.Int(batch.Length - 12);
        for (var i = 0; i < b.Int(disposed); i++)
        {
            var id = b.Int(disposed + 4 + 4 * i);
            if (_components.Remove(id, out var node) && node.Parent is { } parent) parent.Children.Remove(node);
        }
        BatchesApplied++;
    }

    private Node Component(int id)
    {
        if (!_components.TryGetValue(id, out var node))
            _components[id] = node = new Node { Kind = NodeKind.Component, ComponentId = id };
        return node;
    }

    private void ApplyEdits(Batch b, Node component, int edits, int count, int frames)
    {
        var parent = component;
        List<(int From, int To)>? permutation = null;
        for (var i = 0; i < count; i++)
        {
            var edit = edits + 16 * i;
            var type = b.Int(edit);
            var sibling = b.Int(edit + 4);
            var tree = b.Int(edit + 8);
            switch (type)
            {
                case EditPrepend:
                    InsertFrame(b, parent, sibling, frames, tree);
                    break;
                case EditRemove:
                    parent.Children[sibling].Parent = null;
                    parent.Children.RemoveAt(sibling);
                    break;
                case EditSetAttribute:
                    ApplyAttribute(b, parent.Children[sibling], Frame(frames, tree));
                    break;
                case EditRemoveAttribute:
                    {
                        var name = b.String(b.Int(edit + 12)) ?? "";
                        var element = parent.Children[sibling];
                        element.Attributes.Remove(name);
                        element.Events.Remove(name);
                        break;
                    }
                case EditUpdateText:
                case EditUpdateMarkup:
                    parent.Children[sibling].Text = b.String(b.Int(Frame(frames, tree) + 4));
                    break;
                case EditStepIn:
                    parent = parent.Children[sibling];
                    break;
                case EditStepOut:
                    parent = parent.Parent ?? component;
                    break;
                case EditPermutationEntry:
                    (permutation ??= []).Add((sibling, tree));
                    break;
                case EditPermutationEnd:
                    if (permutation is not null)
                    {
                        var moving = permutation.Select(p => (p.To, Node: parent.Children[p.From])).ToList();
                        foreach (var (to, node) in moving) parent.Children[to] = node;
                        permutation = null;
                    }
                    break;
            }
        }
    }

    private static int Frame(int frames, int index) => frames + 20 * index;

    private int InsertFrame(Batch b, Node parent, int childIndex, int frames, int index)
    {
        var frame = Frame(frames, index);
        switch (b.Int(frame))
        {
            case FrameElement:
                {
                    var element = new Node { Kind = NodeKind.Element, Tag = b.String(b.Int(frame + 8)), Parent = parent };
                    parent.Children.Insert(childIndex, element);
                    var end = index + b.Int(frame + 4);
                    var i = index + 1;
                    for (; i < end && b.Int(Frame(frames, i)) == FrameAttribute; i++) ApplyAttribute(b, element, Frame(frames, i));
                    InsertRange(b, element, 0, frames, i, end);
                    return 1;
                }
            case FrameText:
                parent.Children.Insert(childIndex, new Node { Kind = NodeKind.Text, Text = b.String(b.Int(frame + 4)), Parent = parent });
                return 1;
            case FrameMarkup:
                parent.Children.Insert(childIndex, new Node { Kind = NodeKind.Markup, Text = b.String(b.Int(frame + 4)), Parent = parent });
                return 1;
            case FrameComponent:
                {
                    var component = Component(b.Int(frame + 8));
                    component.Parent = parent;
                    parent.Children.Insert(childIndex, component);
                    return 1;
                }
            case FrameRegion:
                return InsertRange(b, parent, childIndex, frames, index + 1, index + b.Int(frame + 4));
            default:
                return 0;
        }
    }

    private int InsertRange(Batch b, Node parent, int childIndex, int frames, int start, int end)
    {
        var first = childIndex;
        for (var i = start; i < end;)
        {
            var frame = Frame(frames, i);
            childIndex += InsertFrame(b, parent, childIndex, frames, i);
            var type = b.Int(frame);
            i += (type is FrameElement or FrameComponent or FrameRegion ? b.Int(frame + 4) - 1 : 0) + 1;
        }
        return childIndex - first;
    }

    private static void ApplyAttribute(Batch b, Node element, int frame)
    {
        var name = b.String(b.Int(frame + 4)) ?? "";
        var handler = b.Long(frame + 12);
        if (handler != 0) element.Events[name] = handler;
        else element.Attributes[name] = b.String(b.Int(frame + 8));
    }

    private readonly struct Batch(byte[] data)
    {
        public int Int(int at) => BinaryPrimitives.ReadInt32LittleEndian(data.AsSpan(at));

        public long Long(int at) => BinaryPrimitives.ReadInt64LittleEndian(data.AsSpan(at));

        public string? String(int index)
        {
            if (index == -1) return null;
            var table = Int(data.Length - 4);
            var at = Int(table + 4 * index);
            int length = 0, shift = 0;
            while (true)
            {
                var x = data[at++];
                length |= (x & 0x7f) << shift;
                if (x < 0x80) break;
                shift += 7;
            }
            return Encoding.UTF8.GetString(data, at, length);
        }
    }
}
