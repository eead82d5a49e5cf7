// Draws the optional map of where services are, over the list the page already shows. The
// places come from the page (a JSON block, not a script), the tiles from the council's tile
// server; popups are built as elements, never from markup, so a name cannot inject any.
// Services at one place (a children's centre holds many) share one marker, which names them
// all, so no marker hides another.
const holder = document.querySelector("[data-app-map]");
const data = holder?.querySelector("[data-app-map-places]");
const L = window.L;

if (holder && data && L) {
  const places = JSON.parse(data.textContent);
  holder.hidden = false;
  const map = L.map(holder.querySelector(".app-map__canvas"), { scrollWheelZoom: false });
  const credit = document.createElement("span");
  credit.textContent = holder.dataset.attribution;
  L.tileLayer(holder.dataset.tiles, { attribution: credit.innerHTML, maxZoom: 18 }).addTo(map);
  map.attributionControl.setPrefix(false);
  const atPoint = new Map();
  for (const place of places) {
    const key = `${place.lat},${place.lng}`;
    if (!atPoint.has(key)) atPoint.set(key, []);
    atPoint.get(key).push(place);
  }
  const points = [];
  for (const here of atPoint.values()) {
    const point = [here[0].lat, here[0].lng];
    const names = [...new Set(here.map((place) => place.name))].join("; ");
    const marker = L.marker(point, { title: names, alt: names }).addTo(map);
    const popup = document.createElement("div");
    popup.className = "app-map__popup";
    for (const place of here) {
      const line = document.createElement("p");
      line.className = "govuk-body-s";
      const link = document.createElement("a");
      link.className = "govuk-link";
      link.href = place.href;
      link.textContent = place.name;
      line.append(link, document.createElement("br"), place.address);
      popup.append(line);
    }
    marker.bindPopup(popup);
    points.push(point);
  }
  if (points.length === 1) {
    map.setView(points[0], 15);
  } else {
    map.fitBounds(points, { padding: [24, 24], maxZoom: 15 });
  }
}
