import { arrangedPositions } from '../arrangement';
import type { HouseNetwork } from '../house-network';
import { tieElements, type TieElement } from '../ties/tie-elements';
import type { LayoutName, Positions } from './layouts';
import { arrangeLayout } from './layouts/arrange-map';
import { nodeSpecs } from './node-specs';
import { toElements, toMapModel, type MapModel } from './to-elements';
import { toSvg } from './to-svg';

/**
 * The shape (width over height) of a phone's map box: 390 px wide and min(72svh, 620 px) high on
 * a phone of 844 px (components/map/map-workspace.tsx). The phone's own screen differs a little;
 * the picture is fitted into it whole.
 */
export const PHONE_SCREEN = 390 / 608;

/** The two pictures: for a laptop (and up) and for a phone. */
export type FirstPictureView = 'wide' | 'compact';

/** Where a picture's nodes stand and how it is framed: what the page needs to show it and take it over. */
export interface PictureFrame {
  /** The layout's own positions, before the house's arrangement (what a reset goes back to). */
  base: Positions;
  /** The positions drawn: the base with the house's arrangement over it. */
  drawn: Positions;
  /** The SVG's size in its own units (the map's units, as at zoom 1), and where the house stands in it. */
  width: number;
  height: number;
  house: { x: number; y: number };
}

/** One picture of the map: its frame and its SVG. */
export interface Picture extends PictureFrame {
  svg: string;
}

/**
 * The map as the server draws it for the page's first paint, for a laptop and for a phone (the
 * page shows the one that fits, by CSS): the same pure layout, label rules and positions the
 * canvas would compute, so when Cytoscape takes over (on the reader's first move towards the
 * map) it starts from these positions and nothing moves. The page shows a finished, readable map
 * without the map engine's code running on load.
 */
export interface FirstPicture {
  layout: LayoutName;
  wide: Picture;
  compact: Picture;
}

/**
 * The first picture of a house's map in a layout, with the house's saved arrangement over it.
 * The force layout too: fcose runs headless here as in the browser's layout worker.
 */
export function firstPicture(houseName: string, model: MapModel, layout: LayoutName, ties: readonly TieElement[], saved: Positions | null): FirstPicture {
  const list = layout === 'clusters';
  const picture = (compact: boolean): Picture => {
    const specs = nodeSpecs(houseName, model, { list, compact });
    const base = arrangeLayout(layout, specs, null, { screen: compact ? PHONE_SCREEN : undefined });
    const drawn = arrangedPositions(base, saved);
    const svg = toSvg(houseName, model, drawn, {
      title: `Netwerkkaart ${houseName}`,
      subtitle: '',
      clusterBoxes: list,
      bare: true,
      compact,
      ties,
    });
    const [, width, height, hx, hy] = /width="([\d.]+)" height="([\d.]+)"[^>]* data-house="(-?[\d.]+) (-?[\d.]+)"/.exec(svg)!.map(Number);
    return { base, drawn, svg, width, height, house: { x: hx, y: hy } };
  };
  return { layout, wide: picture(false), compact: picture(true) };
}

/** The first picture of a network's map, ties drawn, as the map page shows it (components/map/map-workspace.tsx). */
export function networkFirstPicture(network: HouseNetwork, layout: LayoutName, saved: Positions | null): FirstPicture {
  const model = toMapModel(network);
  const onMap = new Set(
    toElements(network.house.name, model, { clusters: layout === 'clusters' })
      .filter((e) => e.group === 'nodes')
      .map((e) => e.data.id),
  );
  const names = new Map(network.actors.map((a) => [a.id, a.name]));
  return firstPicture(network.house.name, model, layout, tieElements(network.ties ?? [], onMap, names), saved);
}

/** The first picture as the page gets it: the frames, and the address of each SVG (not the SVG itself). */
export interface FirstPictureOnPage {
  layout: LayoutName;
  wide: PictureFrame & { src: string };
  compact: PictureFrame & { src: string };
}

/**
 * The page's part of a first picture. The SVGs are fetched as images from their own address: in
 * the page they would travel twice (in the HTML and again in the data React hydrates from), and
 * the browser would build a DOM node for every shape and letter on the main thread.
 */
export function onPage(picture: FirstPicture, src: (view: FirstPictureView) => string): FirstPictureOnPage {
  const frame = ({ base, drawn, width, height, house }: Picture, view: FirstPictureView) => ({ base, drawn, width, height, house, src: src(view) });
  return { layout: picture.layout, wide: frame(picture.wide, 'wide'), compact: frame(picture.compact, 'compact') };
}
