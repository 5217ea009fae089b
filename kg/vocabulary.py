"""The graph's vocabulary, which every module that reads or draws the graph shares: the types of
node and how each is drawn (the page, GEXF and GraphML colour them alike), the edge each way of
taking part becomes, the edges that say someone took part, and the separator of a list held in
one attribute."""

from __future__ import annotations

from .models import LIST_SEP

__all__ = ["EDGE_FOR", "LIST_SEP", "NODE_STYLE", "OTHER_STYLE", "PARTICIPATION_EDGES"]

# How each type of node is drawn, in the page, in GEXF and GraphML: (colour, vis-network shape, size).
NODE_STYLE = {  # type: (colour, vis-network shape, size)
    "Person": ("#e4572e", "dot", 18),
    "Event": ("#17bebb", "star", 24),
    "Organisation": ("#76b041", "square", 14),
    "Place": ("#ffc914", "triangle", 14),
    "Date": ("#8e8e8e", "diamond", 10),
    "Article": ("#2e86ab", "box", 10),
}
OTHER_STYLE = ("#999999", "dot", 10)
# The edge from a person to an event, by the strongest way they took part.
EDGE_FOR = {"led": "LED", "moderated": "MODERATED", "spoke": "SPOKE_AT", "quoted": "SPOKE_AT", "attended": "ATTENDED"}
# The edges that say a person was at an event, strongest first.
PARTICIPATION_EDGES = ("LED", "MODERATED", "SPOKE_AT", "ATTENDED")
